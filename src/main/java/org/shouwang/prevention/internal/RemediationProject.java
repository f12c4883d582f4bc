package org.shouwang.prevention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shouwang.command.IncidentCategory;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.prevention.ClosingInput;
import org.shouwang.prevention.DeploymentInput;
import org.shouwang.prevention.EvaluationInput;
import org.shouwang.prevention.RemediationClosed;
import org.shouwang.prevention.RemediationStatus;

/**
 * A remediation project (治安乱点整治) of a hot area: deployments while it is open, a closing evaluation over equal
 * before/after periods, and its closing — as remediated only with the evaluation recorded and showing fewer incidents
 * after than before.
 */
public final class RemediationProject {

	public static final int MAX_OFFICERS_PER_DEPLOYMENT = 1000;

	private final UUID id;

	private final String number;

	private final String name;

	private final UUID analysisId;

	private final List<String> cells;

	private final Set<IncidentCategory> categories;

	private final String stationCode;

	private final String gridCode;

	private final double lat;

	private final double lng;

	private final String measures;

	private final LocalDate openedOn;

	private final LocalDate deadline;

	private RemediationStatus status;

	private LocalDate beforeFrom;

	private LocalDate beforeTo;

	private LocalDate afterFrom;

	private LocalDate afterTo;

	private Integer beforeCount;

	private Integer afterCount;

	private Double pValue;

	private LocalDate evaluatedOn;

	private LocalDate closedOn;

	private String closingNote;

	private final boolean demo;

	private final long version;

	private final List<Object> events = new ArrayList<>();

	RemediationProject(UUID id, String number, String name, UUID analysisId, List<String> cells,
			Set<IncidentCategory> categories, String stationCode, String gridCode, double lat, double lng, String measures,
			LocalDate openedOn, LocalDate deadline, RemediationStatus status, LocalDate beforeFrom, LocalDate beforeTo,
			LocalDate afterFrom, LocalDate afterTo, Integer beforeCount, Integer afterCount, Double pValue,
			LocalDate evaluatedOn, LocalDate closedOn, String closingNote, boolean demo, long version) {
		this.id = id;
		this.number = number;
		this.name = name;
		this.analysisId = analysisId;
		this.cells = List.copyOf(cells);
		this.categories = Set.copyOf(categories);
		this.stationCode = stationCode;
		this.gridCode = gridCode;
		this.lat = lat;
		this.lng = lng;
		this.measures = measures;
		this.openedOn = openedOn;
		this.deadline = deadline;
		this.status = status;
		this.beforeFrom = beforeFrom;
		this.beforeTo = beforeTo;
		this.afterFrom = afterFrom;
		this.afterTo = afterTo;
		this.beforeCount = beforeCount;
		this.afterCount = afterCount;
		this.pValue = pValue;
		this.evaluatedOn = evaluatedOn;
		this.closedOn = closedOn;
		this.closingNote = closingNote;
		this.demo = demo;
		this.version = version;
	}

	/** Opens a project; the caller has checked the cells against the analysis. */
	public static RemediationProject open(String number, String name, UUID analysisId, List<String> cells,
			Set<IncidentCategory> categories, String stationCode, String gridCode, double lat, double lng, String measures,
			LocalDate openedOn, LocalDate deadline, LocalDate today, boolean demo) {
		List<FieldError> errors = new ArrayList<>();
		text(errors, "name", name, 100);
		text(errors, "measures", measures, 2000);
		if (openedOn == null) {
			errors.add(new FieldError("openedOn", "is required"));
		}
		else if (openedOn.isAfter(today)) {
			errors.add(new FieldError("openedOn", "must not be in the future"));
		}
		if (deadline == null) {
			errors.add(new FieldError("deadline", "is required"));
		}
		else if (openedOn != null && deadline.isBefore(openedOn)) {
			errors.add(new FieldError("deadline", "must not be before openedOn"));
		}
		if (cells == null || cells.isEmpty()) {
			errors.add(new FieldError("cells", "must name at least one hot cell"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The project has invalid fields", errors);
		}
		return new RemediationProject(UUID.randomUUID(), number, name.strip(), analysisId, cells, categories, stationCode,
				gridCode, lat, lng, measures.strip(), openedOn, deadline, RemediationStatus.OPEN, null, null, null, null,
				null, null, null, null, null, null, demo, 0);
	}

	/** A deployment (人次) of an open project, on a day from its opening to today. */
	public Deployment deploy(DeploymentInput input, LocalDate today) {
		requireOpen();
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		if (input.deployedOn() == null) {
			errors.add(new FieldError("deployedOn", "is required"));
		}
		else if (input.deployedOn().isBefore(openedOn) || input.deployedOn().isAfter(today)) {
			errors.add(new FieldError("deployedOn", "must lie between the project's opening and today"));
		}
		if (input.officers() == null || input.officers() < 1 || input.officers() > MAX_OFFICERS_PER_DEPLOYMENT) {
			errors.add(new FieldError("officers", "must be between 1 and " + MAX_OFFICERS_PER_DEPLOYMENT));
		}
		if (input.note() != null && input.note().length() > 500) {
			errors.add(new FieldError("note", "must be at most 500 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The deployment has invalid fields", errors);
		}
		return new Deployment(UUID.randomUUID(), id, input.deployedOn(), input.officers(),
				input.note() == null || input.note().isBlank() ? null : input.note().strip(), stationCode, gridCode, demo);
	}

	/** A deployment row. */
	public record Deployment(UUID id, UUID projectId, LocalDate deployedOn, int officers, String note, String stationCode,
			String gridCode, boolean demo) {
	}

	/** Checks the evaluation's periods: equal length, before ends before after starts, after from the opening on, no future. */
	public void checkEvaluation(EvaluationInput input, LocalDate today) {
		requireOpen();
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		for (var f : List.of(new Object[] { "beforeFrom", input.beforeFrom() }, new Object[] { "beforeTo", input.beforeTo() },
				new Object[] { "afterFrom", input.afterFrom() }, new Object[] { "afterTo", input.afterTo() })) {
			if (f[1] == null) {
				errors.add(new FieldError((String) f[0], "is required"));
			}
		}
		if (errors.isEmpty()) {
			if (input.beforeTo().isBefore(input.beforeFrom())) {
				errors.add(new FieldError("beforeTo", "must not be before beforeFrom"));
			}
			if (input.afterTo().isBefore(input.afterFrom())) {
				errors.add(new FieldError("afterTo", "must not be before afterFrom"));
			}
			if (!input.beforeTo().isBefore(input.afterFrom())) {
				errors.add(new FieldError("afterFrom", "must be after the before period"));
			}
			if (input.afterFrom().isBefore(openedOn)) {
				errors.add(new FieldError("afterFrom", "must not be before the project opened"));
			}
			if (input.afterTo().isAfter(today)) {
				errors.add(new FieldError("afterTo", "must not be in the future"));
			}
			if (input.beforeTo().toEpochDay() - input.beforeFrom().toEpochDay() != input.afterTo().toEpochDay()
					- input.afterFrom().toEpochDay()) {
				errors.add(new FieldError("afterTo", "the before and after periods must be equally long"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The evaluation has invalid periods", errors);
		}
	}

	/** Records the evaluation: counts over the periods and the Poisson test of the decrease. */
	public void evaluate(EvaluationInput input, int before, int after, LocalDate today) {
		checkEvaluation(input, today);
		beforeFrom = input.beforeFrom();
		beforeTo = input.beforeTo();
		afterFrom = input.afterFrom();
		afterTo = input.afterTo();
		beforeCount = before;
		afterCount = after;
		pValue = PoissonTest.decrease(before, after);
		evaluatedOn = today;
	}

	/** Closes the project; remediated only with an evaluation showing fewer incidents after than before. */
	public void close(ClosingInput input, LocalDate today) {
		requireOpen();
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		if (input.closedOn() == null) {
			errors.add(new FieldError("closedOn", "is required"));
		}
		else if (input.closedOn().isBefore(openedOn) || input.closedOn().isAfter(today)) {
			errors.add(new FieldError("closedOn", "must lie between the project's opening and today"));
		}
		if (input.note() != null && input.note().length() > 2000) {
			errors.add(new FieldError("note", "must be at most 2000 characters"));
		}
		if (input.asRemediated()) {
			if (evaluatedOn == null) {
				errors.add(new FieldError("remediated", "record the closing evaluation first"));
			}
			else if (afterCount >= beforeCount) {
				errors.add(new FieldError("remediated", "the evaluation shows no decrease (" + beforeCount + " → " + afterCount + ")"));
			}
			else if (input.closedOn() != null && input.closedOn().isBefore(afterTo)) {
				errors.add(new FieldError("closedOn", "must not be before the end of the evaluation's after period"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The project cannot be closed so", errors);
		}
		status = input.asRemediated() ? RemediationStatus.REMEDIATED : RemediationStatus.NOT_REMEDIATED;
		closedOn = input.closedOn();
		closingNote = input.note() == null || input.note().isBlank() ? null : input.note().strip();
		events.add(new RemediationClosed(id, input.asRemediated(), closedOn, stationCode));
	}

	private void requireOpen() {
		if (status != RemediationStatus.OPEN) {
			throw new ConflictException("The project is closed");
		}
	}

	private static void text(List<FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "is required"));
		}
		else if (value.strip().length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
	}

	public List<Object> drainEvents() {
		List<Object> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	public UUID id() { return id; }
	public String number() { return number; }
	public String name() { return name; }
	public UUID analysisId() { return analysisId; }
	public List<String> cells() { return cells; }
	public Set<IncidentCategory> categories() { return categories; }
	public String stationCode() { return stationCode; }
	public String gridCode() { return gridCode; }
	public double lat() { return lat; }
	public double lng() { return lng; }
	public String measures() { return measures; }
	public LocalDate openedOn() { return openedOn; }
	public LocalDate deadline() { return deadline; }
	public RemediationStatus status() { return status; }
	public LocalDate beforeFrom() { return beforeFrom; }
	public LocalDate beforeTo() { return beforeTo; }
	public LocalDate afterFrom() { return afterFrom; }
	public LocalDate afterTo() { return afterTo; }
	public Integer beforeCount() { return beforeCount; }
	public Integer afterCount() { return afterCount; }
	public Double pValue() { return pValue; }
	public LocalDate evaluatedOn() { return evaluatedOn; }
	public LocalDate closedOn() { return closedOn; }
	public String closingNote() { return closingNote; }
	public boolean demo() { return demo; }
	public long version() { return version; }
}
