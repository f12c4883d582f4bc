package org.shouwang.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shouwang.inspection.FindingInput;
import org.shouwang.inspection.InspectionHazardFound;
import org.shouwang.inspection.InspectionInput;
import org.shouwang.inspection.InspectionKind;
import org.shouwang.inspection.InspectionResult;
import org.shouwang.inspection.PenaltyInput;
import org.shouwang.inspection.PenaltyKind;
import org.shouwang.inspection.PremisesInput;
import org.shouwang.inspection.PremisesInspected;
import org.shouwang.inspection.PremisesPenalized;
import org.shouwang.inspection.PremisesRegistered;
import org.shouwang.inspection.PremisesStatus;
import org.shouwang.inspection.PremisesType;
import org.shouwang.inspection.RiskLevel;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.geo.Coordinates;

/**
 * Premises of a special industry: the aggregate that records its inspections and penalties and guards their rules
 * (no inspection or penalty of revoked premises, nothing in the future, a suspension has a period, a fine an amount,
 * a bank security assessment only of a bank outlet). Each change registers its past-tense events.
 */
public final class Premises {

	/** Fewest inspectors of an inspection (two officers, as the law on inspections asks). */
	public static final int MIN_INSPECTORS = 2;

	/** Most findings of one inspection. */
	public static final int MAX_FINDINGS = 50;

	private final UUID id;

	private final String number;

	private String name;

	private PremisesType type;

	private String licenceNumber;

	private LocalDate licenceDate;

	private String responsiblePerson;

	private String responsiblePhone;

	private String address;

	private double lat;

	private double lng;

	private String stationCode;

	private String gridCode;

	private RiskLevel riskLevel;

	private PremisesStatus status;

	private LocalDate suspendedUntil;

	private final boolean demo;

	private final long version;

	private final List<Object> events = new ArrayList<>();

	Premises(UUID id, String number, String name, PremisesType type, String licenceNumber, LocalDate licenceDate,
			String responsiblePerson, String responsiblePhone, String address, double lat, double lng, String stationCode,
			String gridCode, RiskLevel riskLevel, PremisesStatus status, LocalDate suspendedUntil, boolean demo,
			long version) {
		this.id = id;
		this.number = number;
		this.name = name;
		this.type = type;
		this.licenceNumber = licenceNumber;
		this.licenceDate = licenceDate;
		this.responsiblePerson = responsiblePerson;
		this.responsiblePhone = responsiblePhone;
		this.address = address;
		this.lat = lat;
		this.lng = lng;
		this.stationCode = stationCode;
		this.gridCode = gridCode;
		this.riskLevel = riskLevel;
		this.status = status;
		this.suspendedUntil = suspendedUntil;
		this.demo = demo;
		this.version = version;
	}

	/** Where a position lies: its station and grid (both null outside the district). */
	public record Located(String stationCode, String gridCode) {
	}

	/** Registers premises after checking the input; the position must lie in the district. */
	public static Premises register(String number, PremisesInput input, java.util.function.Function<Coordinates, Located> locator,
			LocalDate today, boolean demo) {
		Located located = check(input, locator, today);
		Premises p = new Premises(UUID.randomUUID(), number, input.name().strip(), input.type(),
				input.licenceNumber().strip(), input.licenceDate(), input.responsiblePerson().strip(),
				blankToNull(input.responsiblePhone()), input.address().strip(), input.lat(), input.lng(),
				located.stationCode(), located.gridCode(), input.riskLevel(), PremisesStatus.OPERATING, null, demo, 0);
		p.events.add(new PremisesRegistered(p.id, p.type, p.stationCode));
		return p;
	}

	/** Changes the registration (name, licence, responsible person, position, risk); type stays. */
	public void change(PremisesInput input, java.util.function.Function<Coordinates, Located> locator, LocalDate today) {
		if (input != null && input.type() != null && input.type() != type) {
			throw new InvalidInputException("type", "cannot change; register the premises anew");
		}
		Located located = check(input, locator, today);
		name = input.name().strip();
		licenceNumber = input.licenceNumber().strip();
		licenceDate = input.licenceDate();
		responsiblePerson = input.responsiblePerson().strip();
		responsiblePhone = blankToNull(input.responsiblePhone());
		address = input.address().strip();
		lat = input.lat();
		lng = input.lng();
		stationCode = located.stationCode();
		gridCode = located.gridCode();
		riskLevel = input.riskLevel();
	}

	private static Located check(PremisesInput input, java.util.function.Function<Coordinates, Located> locator,
			LocalDate today) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		text(errors, "name", input.name(), 100);
		if (input.type() == null) {
			errors.add(new FieldError("type", "is required"));
		}
		text(errors, "licenceNumber", input.licenceNumber(), 64);
		if (input.licenceDate() == null) {
			errors.add(new FieldError("licenceDate", "is required"));
		}
		else if (input.licenceDate().isAfter(today)) {
			errors.add(new FieldError("licenceDate", "must not be in the future"));
		}
		text(errors, "responsiblePerson", input.responsiblePerson(), 32);
		if (input.responsiblePhone() != null && input.responsiblePhone().strip().length() > 32) {
			errors.add(new FieldError("responsiblePhone", "must be at most 32 characters"));
		}
		text(errors, "address", input.address(), 200);
		if (input.riskLevel() == null) {
			errors.add(new FieldError("riskLevel", "is required"));
		}
		errors.addAll(Coordinates.errors(input.lat(), input.lng(), "lat", "lng"));
		Located located = null;
		if (input.lat() != null && input.lng() != null && Coordinates.errors(input.lat(), input.lng(), "lat", "lng").isEmpty()) {
			located = locator.apply(new Coordinates(input.lat(), input.lng()));
			if (located.stationCode() == null) {
				errors.add(new FieldError("lat", "the position lies outside the district"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The premises have invalid fields", errors);
		}
		return located;
	}

	/**
	 * Records an inspection: at least two inspectors, a date neither in the future nor before the licence, findings
	 * with deadlines on or after the inspection, a bank assessment only of a bank outlet, no inspection of revoked
	 * premises. Registers {@link PremisesInspected} and one {@link InspectionHazardFound} per finding.
	 */
	public Inspection inspect(String inspectionNumber, InspectionInput input, LocalDate today, boolean demoRecord) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		InspectionKind kind = input.kind() == null ? InspectionKind.ROUTINE : input.kind();
		if (kind == InspectionKind.BANK_SECURITY_ASSESSMENT && type != PremisesType.BANK_OUTLET) {
			errors.add(new FieldError("kind", "a bank security assessment is for bank outlets only"));
		}
		if (input.inspectedOn() == null) {
			errors.add(new FieldError("inspectedOn", "is required"));
		}
		else if (input.inspectedOn().isAfter(today)) {
			errors.add(new FieldError("inspectedOn", "must not be in the future"));
		}
		if (status == PremisesStatus.REVOKED) {
			errors.add(new FieldError("premises", "the licence is revoked; the premises are no longer inspected"));
		}
		Set<String> inspectors = new java.util.LinkedHashSet<>();
		for (String inspector : input.inspectors()) {
			if (inspector != null && !inspector.isBlank()) {
				if (inspector.strip().length() > 32) {
					errors.add(new FieldError("inspectors", "each must be at most 32 characters"));
				}
				inspectors.add(inspector.strip());
			}
		}
		if (inspectors.size() < MIN_INSPECTORS) {
			errors.add(new FieldError("inspectors", "must name at least " + MIN_INSPECTORS + " different inspectors"));
		}
		if (input.partsChecked() != null && input.partsChecked().length() > 500) {
			errors.add(new FieldError("partsChecked", "must be at most 500 characters"));
		}
		if (input.advice() != null && input.advice().length() > 2000) {
			errors.add(new FieldError("advice", "must be at most 2000 characters"));
		}
		if (input.findings().size() > MAX_FINDINGS) {
			errors.add(new FieldError("findings", "must be at most " + MAX_FINDINGS));
		}
		for (int i = 0; i < input.findings().size(); i++) {
			FindingInput f = input.findings().get(i);
			String p = "findings[" + i + "].";
			if (f == null) {
				errors.add(new FieldError("findings[" + i + "]", "is required"));
				continue;
			}
			text(errors, p + "description", f.description(), 500);
			if (f.deadline() == null) {
				errors.add(new FieldError(p + "deadline", "is required"));
			}
			else if (input.inspectedOn() != null && f.deadline().isBefore(input.inspectedOn())) {
				errors.add(new FieldError(p + "deadline", "must not be before the inspection"));
			}
		}
		if (!input.findings().isEmpty() && (input.advice() == null || input.advice().isBlank())) {
			errors.add(new FieldError("advice", "is required when hazards are found (整改意见)"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The inspection has invalid fields; nothing was recorded", errors);
		}
		UUID inspectionId = UUID.randomUUID();
		List<Inspection.Finding> findings = new ArrayList<>();
		for (int i = 0; i < input.findings().size(); i++) {
			FindingInput f = input.findings().get(i);
			findings.add(new Inspection.Finding(UUID.randomUUID(), i + 1, f.description().strip(), f.deadline(), null, null));
		}
		InspectionResult result = findings.isEmpty() ? InspectionResult.PASSED : InspectionResult.HAZARDS_FOUND;
		Inspection inspection = new Inspection(inspectionId, inspectionNumber, id, kind, input.inspectedOn(),
				List.copyOf(inspectors), blankToNull(input.partsChecked()), result, blankToNull(input.advice()), stationCode,
				gridCode, demoRecord, findings);
		events.add(new PremisesInspected(inspectionId, id, kind, input.inspectedOn(), result, findings.size(), stationCode));
		for (Inspection.Finding f : findings) {
			events.add(new InspectionHazardFound(f.id(), inspectionId, id, name, type, kind, f.description(),
					input.inspectedOn(), f.deadline(), lat, lng, stationCode, gridCode));
		}
		return inspection;
	}

	/**
	 * Decides a penalty: a fine has a positive amount, a suspension a period starting on or after the decision (the
	 * premises are then suspended until its end), a revocation ends the licence; revoked premises take no further
	 * penalty, and a suspension does not overlap one in force.
	 */
	public Penalty penalize(String penaltyNumber, PenaltyInput input, Set<UUID> ownInspections, LocalDate today,
			boolean demoRecord) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		if (input.kind() == null) {
			errors.add(new FieldError("kind", "is required"));
		}
		if (input.decidedOn() == null) {
			errors.add(new FieldError("decidedOn", "is required"));
		}
		else if (input.decidedOn().isAfter(today)) {
			errors.add(new FieldError("decidedOn", "must not be in the future"));
		}
		if (status == PremisesStatus.REVOKED) {
			errors.add(new FieldError("premises", "the licence is already revoked"));
		}
		text(errors, "legalBasis", input.legalBasis(), 300);
		if (input.caseNumber() != null && input.caseNumber().strip().length() > 32) {
			errors.add(new FieldError("caseNumber", "must be at most 32 characters"));
		}
		if (input.inspectionId() != null && !ownInspections.contains(input.inspectionId())) {
			errors.add(new FieldError("inspectionId", "is not an inspection of these premises"));
		}
		BigDecimal amount = null;
		LocalDate from = null;
		LocalDate to = null;
		if (input.kind() == PenaltyKind.FINE) {
			if (input.amount() == null || input.amount().signum() <= 0) {
				errors.add(new FieldError("amount", "a fine needs an amount above 0"));
			}
			else if (input.amount().scale() > 2 || input.amount().compareTo(new BigDecimal("9999999999.99")) > 0) {
				errors.add(new FieldError("amount", "must be an amount in 元 with at most two decimals"));
			}
			amount = input.amount();
		}
		else if (input.amount() != null) {
			errors.add(new FieldError("amount", "only a fine has an amount"));
		}
		if (input.kind() == PenaltyKind.SUSPENSION) {
			if (input.suspensionFrom() == null) {
				errors.add(new FieldError("suspensionFrom", "a suspension needs its first day"));
			}
			if (input.suspensionTo() == null) {
				errors.add(new FieldError("suspensionTo", "a suspension needs its last day"));
			}
			if (input.suspensionFrom() != null && input.suspensionTo() != null) {
				if (input.suspensionTo().isBefore(input.suspensionFrom())) {
					errors.add(new FieldError("suspensionTo", "must not be before suspensionFrom"));
				}
				if (input.decidedOn() != null && input.suspensionFrom().isBefore(input.decidedOn())) {
					errors.add(new FieldError("suspensionFrom", "must not be before the decision"));
				}
				if (status == PremisesStatus.SUSPENDED && suspendedUntil != null
						&& !input.suspensionFrom().isAfter(suspendedUntil)) {
					errors.add(new FieldError("suspensionFrom", "the premises are already suspended until " + suspendedUntil));
				}
			}
			from = input.suspensionFrom();
			to = input.suspensionTo();
		}
		else if (input.suspensionFrom() != null || input.suspensionTo() != null) {
			errors.add(new FieldError("suspensionFrom", "only a suspension has a period"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The penalty has invalid fields; nothing was recorded", errors);
		}
		if (input.kind() == PenaltyKind.SUSPENSION) {
			status = PremisesStatus.SUSPENDED;
			suspendedUntil = to;
		}
		else if (input.kind() == PenaltyKind.LICENCE_REVOKED) {
			status = PremisesStatus.REVOKED;
			suspendedUntil = null;
		}
		Penalty penalty = new Penalty(UUID.randomUUID(), penaltyNumber, id, input.inspectionId(), input.kind(), amount, from,
				to, input.legalBasis().strip(), blankToNull(input.caseNumber()), input.decidedOn(), stationCode, gridCode,
				demoRecord);
		events.add(new PremisesPenalized(penalty.id(), id, penalty.kind(), penalty.decidedOn(), penalty.caseNumber(),
				stationCode));
		return penalty;
	}

	/** Ends a suspension whose period is over (the premises may operate again); false when nothing changed. */
	public boolean endSuspensionIfOver(LocalDate today) {
		if (status == PremisesStatus.SUSPENDED && suspendedUntil != null && suspendedUntil.isBefore(today)) {
			status = PremisesStatus.OPERATING;
			suspendedUntil = null;
			return true;
		}
		return false;
	}

	/** The events registered since loading, in order; cleared by the call. */
	public List<Object> drainEvents() {
		List<Object> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	private static void text(List<FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "is required"));
		}
		else if (value.strip().length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Distinct inspectors, for tests of the rules. */
	static int distinct(List<String> values) {
		return new HashSet<>(values).size();
	}

	public UUID id() { return id; }
	public String number() { return number; }
	public String name() { return name; }
	public PremisesType type() { return type; }
	public String licenceNumber() { return licenceNumber; }
	public LocalDate licenceDate() { return licenceDate; }
	public String responsiblePerson() { return responsiblePerson; }
	public String responsiblePhone() { return responsiblePhone; }
	public String address() { return address; }
	public double lat() { return lat; }
	public double lng() { return lng; }
	public String stationCode() { return stationCode; }
	public String gridCode() { return gridCode; }
	public RiskLevel riskLevel() { return riskLevel; }
	public PremisesStatus status() { return status; }
	public LocalDate suspendedUntil() { return suspendedUntil; }
	public boolean demo() { return demo; }
	public long version() { return version; }
}
