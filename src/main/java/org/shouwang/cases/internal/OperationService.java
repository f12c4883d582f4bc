package org.shouwang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.cases.CaseOperations;
import org.shouwang.cases.Operation;
import org.shouwang.cases.OperationInput;
import org.shouwang.cases.OperationSummary;
import org.shouwang.cases.Task;
import org.shouwang.cases.TaskInput;
import org.shouwang.command.IncidentDetail;
import org.shouwang.command.Incidents;
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorRecordChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Synthesised operations, their cases, incidents and unit tasks ({@link CaseOperations}). */
@Service
class OperationService implements CaseOperations {

	static final String OPERATION = "CaseOperation";

	static final String TASK = "CaseTask";

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseViews views;

	private final CaseService caseService;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final OrganizationDirectory directory;

	private final Incidents incidents;

	private final CasesProperties properties;

	private final Clock clock = Clock.systemUTC();

	OperationService(JdbcClient jdbc, Cases cases, CaseViews views, CaseService caseService, AuditTrail audit,
			ApplicationEventPublisher events, OrganizationDirectory directory, Incidents incidents,
			CasesProperties properties) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.views = views;
		this.caseService = caseService;
		this.audit = audit;
		this.events = events;
		this.directory = directory;
		this.incidents = incidents;
		this.properties = properties;
	}

	private CaseScope scope() {
		return CaseScope.current(properties);
	}

	@Override
	@Transactional
	public Operation start(OperationInput input) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		String name = input.name() == null ? "" : input.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			errors.add(new FieldError("name", "is required, at most 200 characters"));
		}
		String lead = input.leadUnit() == null ? "" : input.leadUnit().strip();
		if (!activeUnit(lead)) {
			errors.add(new FieldError("leadUnit", "must be an active unit"));
		}
		Set<String> units = new LinkedHashSet<>();
		units.add(lead);
		if (input.participatingUnits() != null) {
			for (int i = 0; i < input.participatingUnits().size(); i++) {
				String u = input.participatingUnits().get(i) == null ? "" : input.participatingUnits().get(i).strip();
				if (!activeUnit(u)) {
					errors.add(new FieldError("participatingUnits[" + i + "]", "must be an active unit"));
				}
				units.add(u);
			}
		}
		if (input.summary() != null && input.summary().length() > 2000) {
			errors.add(new FieldError("summary", "must be at most 2000 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The operation cannot be started", errors);
		}
		CaseScope scope = scope();
		if (!scope.branchWide() && !units.stream().anyMatch(u -> scope.permits(u, u, List.of()))) {
			throw new InvalidInputException("leadUnit", "your unit must lead or take part in the operation");
		}
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		String number = cases.nextNumber("HZ", now.atZone(CaseViews.ZONE).getYear(), 3);
		jdbc.sql("""
				INSERT INTO case_operation (id, number, name, lead_unit, status, started_at, summary)
				VALUES (:id, :number, :name, :lead, 'ACTIVE', :at, :summary)""")
			.param("id", id)
			.param("number", number)
			.param("name", name)
			.param("lead", lead)
			.param("at", Cases.ts(now))
			.param("summary", input.summary() == null || input.summary().isBlank() ? null : input.summary().strip())
			.update();
		for (String u : units) {
			jdbc.sql("INSERT INTO case_operation_unit (operation_id, unit_code) VALUES (:id, :unit)").param("id", id)
				.param("unit", u).update();
		}
		audit.record(AuditAction.CREATE, OPERATION, id, AuditOutcome.SUCCESS, ChangeSummary.diff(Map.of(),
				CaseService.mapOf("number", number, "name", name, "leadUnit", lead, "units", String.join(",", units))));
		return load(id);
	}

	private boolean activeUnit(String code) {
		return code != null && !code.isEmpty() && directory.findUnit(code).filter(OrgUnit::active).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Operation get(UUID id) {
		visible(id);
		return load(id);
	}

	private void visible(UUID id) {
		CaseScope scope = scope();
		boolean ok = id != null && jdbc.sql("SELECT count(*) FROM case_operation o WHERE o.id = :id AND " + scope.operationCondition("o"))
			.param("id", id)
			.params(scope.parameters())
			.query(Long.class)
			.single() > 0;
		if (!ok) {
			throw new NotFoundException(OPERATION);
		}
	}

	private Operation load(UUID id) {
		OperationSummary s = views.operationSummary(id).orElseThrow(() -> new NotFoundException(OPERATION));
		String summary = jdbc.sql("SELECT summary FROM case_operation WHERE id = :id").param("id", id).query(String.class).single();
		return new Operation(s.id(), s.number(), s.name(), s.leadUnit(), s.units(), s.status(), s.startedAt(), s.closedAt(),
				summary, views.ofOperation(id), views.incidentsOfOperation(id), views.tasksOfOperation(id), s.demo());
	}

	@Override
	@Transactional(readOnly = true)
	public Page<OperationSummary> list(String status, int page, int size) {
		Page.check(page, size);
		if (status != null && !status.isBlank() && !status.equals("ACTIVE") && !status.equals("CLOSED")) {
			throw new InvalidInputException("status", "must be ACTIVE or CLOSED");
		}
		return views.operations(scope(), status, page, size);
	}

	@Override
	@Transactional
	public Operation addCase(UUID operationId, UUID caseId) {
		visible(operationId);
		requireActive(operationId);
		if (caseId == null) {
			throw new InvalidInputException("caseId", "is required");
		}
		Case c = caseService.visible(caseId, true);
		String number = number(operationId);
		c.joinOperation(operationId, number, clock.instant());
		cases.update(c);
		cases.appendSteps(c, CaseService.actor());
		audit.record("JOIN_OPERATION", CaseService.CASE, c.id, AuditOutcome.SUCCESS,
				ChangeSummary.diff(Map.of(), Map.of("operation", number)));
		events.publishEvent(new IndicatorRecordChanged(CaseService.CASE, c.id));
		return load(operationId);
	}

	@Override
	@Transactional
	public Operation addIncident(UUID operationId, UUID incidentId) {
		visible(operationId);
		requireActive(operationId);
		if (incidentId == null) {
			throw new InvalidInputException("incidentId", "is required");
		}
		IncidentDetail incident = incidents.get(incidentId);
		int n = jdbc.sql("""
				INSERT INTO case_operation_incident (operation_id, incident_id, incident_number) VALUES (:op, :incident, :number)
				ON CONFLICT DO NOTHING""")
			.param("op", operationId)
			.param("incident", incidentId)
			.param("number", incident.number())
			.update();
		if (n == 0) {
			throw new ConflictException("The incident is part of the operation already");
		}
		audit.record("LINK_INCIDENT", OPERATION, operationId, AuditOutcome.SUCCESS,
				ChangeSummary.diff(Map.of(), Map.of("incident", incident.number())));
		return load(operationId);
	}

	@Override
	@Transactional
	public Operation close(UUID operationId) {
		visible(operationId);
		requireActive(operationId);
		jdbc.sql("UPDATE case_operation SET status = 'CLOSED', closed_at = :at WHERE id = :id")
			.param("at", Cases.ts(clock.instant()))
			.param("id", operationId)
			.update();
		audit.record(AuditAction.UPDATE, OPERATION, operationId, AuditOutcome.SUCCESS,
				ChangeSummary.diff(Map.of("status", "ACTIVE"), Map.of("status", "CLOSED")));
		return load(operationId);
	}

	private void requireActive(UUID operationId) {
		String status = jdbc.sql("SELECT status FROM case_operation WHERE id = :id").param("id", operationId)
			.query(String.class).single();
		if (!status.equals("ACTIVE")) {
			throw new ConflictException("The operation is closed");
		}
	}

	private String number(UUID operationId) {
		return jdbc.sql("SELECT number FROM case_operation WHERE id = :id").param("id", operationId).query(String.class).single();
	}

	@Override
	@Transactional
	public Task assignTask(UUID operationId, TaskInput input) {
		visible(operationId);
		requireActive(operationId);
		if (input != null && input.caseId() != null) {
			boolean inOperation = jdbc.sql("SELECT count(*) FROM case_file WHERE id = :id AND operation_id = :op")
				.param("id", input.caseId())
				.param("op", operationId)
				.query(Long.class)
				.single() > 0;
			if (!inOperation) {
				throw new InvalidInputException("caseId", "must be a case of the operation");
			}
		}
		return insertTask(operationId, input == null ? null : input.caseId(), input);
	}

	@Override
	@Transactional
	public Task assignCaseTask(UUID caseId, TaskInput input) {
		Case c = caseService.visible(caseId, true);
		if (c.status.closed()) {
			throw new ConflictException("A closed case takes no new tasks; reopen it first");
		}
		return insertTask(c.operationId, caseId, input);
	}

	private Task insertTask(UUID operationId, UUID caseId, TaskInput input) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		List<FieldError> errors = new ArrayList<>();
		String unit = input.unitCode() == null ? "" : input.unitCode().strip();
		if (!activeUnit(unit)) {
			errors.add(new FieldError("unitCode", "must be an active unit"));
		}
		String title = input.title() == null ? "" : input.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			errors.add(new FieldError("title", "is required, at most 200 characters"));
		}
		Instant now = clock.instant();
		if (input.dueAt() == null || !input.dueAt().toInstant().isAfter(now)) {
			errors.add(new FieldError("dueAt", "is required and must lie in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The task cannot be assigned", errors);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO case_task (id, operation_id, case_id, unit_code, title, due_at, status, created_at)
				VALUES (:id, :op, :case, :unit, :title, :due, 'OPEN', :now)""")
			.param("id", id)
			.param("op", operationId)
			.param("case", caseId)
			.param("unit", unit)
			.param("title", title)
			.param("due", Cases.ts(input.dueAt().toInstant()))
			.param("now", Cases.ts(now))
			.update();
		audit.record(AuditAction.CREATE, TASK, id, AuditOutcome.SUCCESS,
				ChangeSummary.diff(Map.of(), CaseService.mapOf("unit", unit, "title", title, "dueAt", input.dueAt().toString())));
		if (caseId != null) {
			caseService.appendStep(caseId, "TASK_ASSIGNED", now, unit + " / " + title);
			events.publishEvent(new IndicatorRecordChanged(CaseService.CASE, caseId));
		}
		return views.task(id).orElseThrow();
	}

	@Override
	@Transactional
	public Task completeTask(UUID taskId) {
		Task task = views.task(taskId).orElseThrow(() -> new NotFoundException(TASK));
		if (task.caseId() != null) {
			caseService.visible(task.caseId(), false);
		}
		else {
			visible(task.operationId());
		}
		if (task.status() != org.shouwang.cases.TaskStatus.OPEN) {
			throw new ConflictException("The task is " + task.status() + " already");
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE case_task SET status = 'DONE', done_at = :at WHERE id = :id").param("at", Cases.ts(now))
			.param("id", taskId).update();
		audit.record(AuditAction.UPDATE, TASK, taskId, AuditOutcome.SUCCESS,
				ChangeSummary.diff(Map.of("status", "OPEN"), Map.of("status", "DONE")));
		if (task.caseId() != null) {
			caseService.appendStep(task.caseId(), "TASK_DONE", now, task.unitCode() + " / " + task.title());
		}
		return views.task(taskId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Task> unitQueue(String unitCode, boolean all, int page, int size) {
		Page.check(page, size);
		if (unitCode == null || unitCode.isBlank()) {
			throw new InvalidInputException("unitCode", "is required");
		}
		return views.unitQueue(scope(), unitCode.strip(), all, page, size);
	}
}
