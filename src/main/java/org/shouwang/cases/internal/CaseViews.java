package org.shouwang.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.audit.Masking;
import org.shouwang.cases.Apprehension;
import org.shouwang.cases.CaseDetail;
import org.shouwang.cases.CaseFilter;
import org.shouwang.cases.CaseKind;
import org.shouwang.cases.CaseStatus;
import org.shouwang.cases.CaseSummary;
import org.shouwang.cases.CaseTimelineEntry;
import org.shouwang.cases.LinkedIncident;
import org.shouwang.cases.Offence;
import org.shouwang.cases.OperationSummary;
import org.shouwang.cases.Person;
import org.shouwang.cases.PersonRole;
import org.shouwang.cases.RecoveredProperty;
import org.shouwang.cases.Sex;
import org.shouwang.cases.Task;
import org.shouwang.cases.TaskStatus;
import org.shouwang.platform.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.shouwang.cases.internal.Cases.instant;

/** Reads cases, their parts, operations and tasks as the API shows them, always within a {@link CaseScope}. */
@Component
class CaseViews {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final CasesProperties properties;

	private final Clock clock;

	CaseViews(JdbcClient jdbc, CasesProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	static OffsetDateTime local(Instant at) {
		return at == null ? null : at.atZone(ZONE).toOffsetDateTime();
	}

	/** SQL for the current stage's deadline of {@code c}, from the configured deadlines (null for closed stages). */
	String dueExpression(String c) {
		StringBuilder sql = new StringBuilder("(" + c + ".stage_started_at + CASE");
		for (CaseStatus status : CaseStatus.values()) {
			Duration normal = properties.deadline(status, false);
			Duration fast = properties.deadline(status, true);
			if (normal == null) {
				continue;
			}
			sql.append(" WHEN ").append(c).append(".status = '").append(status.name()).append("' THEN CASE WHEN ")
				.append(c).append(".enterprise_related THEN make_interval(secs => ").append(fast.toSeconds())
				.append(") ELSE make_interval(secs => ").append(normal.toSeconds()).append(") END");
		}
		return sql.append(" END)").toString();
	}

	// ---- cases

	Page<CaseSummary> list(CaseFilter filter, CaseScope scope, int page, int size) {
		StringBuilder where = new StringBuilder(scope.condition("c"));
		Map<String, Object> p = new HashMap<>(scope.parameters());
		if (filter != null) {
			if (filter.kind() != null) {
				where.append(" AND c.kind = :kind");
				p.put("kind", filter.kind().name());
			}
			if (filter.status() != null) {
				where.append(" AND c.status = :status");
				p.put("status", filter.status().name());
			}
			if (filter.offence() != null) {
				where.append(" AND c.offence = :offence");
				p.put("offence", filter.offence().name());
			}
			if (filter.stationCode() != null && !filter.stationCode().isBlank()) {
				where.append(" AND c.station_code = :station");
				p.put("station", filter.stationCode().strip());
			}
			if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
				where.append(" AND (c.responsible_unit = :unit OR c.responsible_unit LIKE :unitPrefix)");
				p.put("unit", filter.unitCode().strip());
				p.put("unitPrefix", filter.unitCode().strip() + "-%");
			}
			if (filter.enterpriseRelated() != null) {
				where.append(" AND c.enterprise_related = :enterprise");
				p.put("enterprise", filter.enterpriseRelated());
			}
			if (filter.leadInvestigatorId() != null) {
				where.append(" AND c.lead_investigator_id = :investigator");
				p.put("investigator", filter.leadInvestigatorId());
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				where.append(" AND (c.number ILIKE :q OR c.title ILIKE :q)");
				p.put("q", "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			if (filter.incidentId() != null) {
				where.append(" AND EXISTS (SELECT 1 FROM case_incident i WHERE i.case_id = c.id AND i.incident_id = :incident)");
				p.put("incident", filter.incidentId());
			}
			if (filter.from() != null) {
				where.append(" AND c.received_at >= :from");
				p.put("from", filter.from().atStartOfDay(ZONE).toOffsetDateTime());
			}
			if (filter.to() != null) {
				where.append(" AND c.received_at < :to");
				p.put("to", filter.to().atStartOfDay(ZONE).toOffsetDateTime());
			}
		}
		return summaries(where.toString(), p, "c.received_at DESC, c.number DESC", page, size);
	}

	Page<CaseSummary> overdue(CaseScope scope, boolean enterpriseOnly, int page, int size) {
		Map<String, Object> p = new HashMap<>(scope.parameters());
		p.put("now", Cases.ts(clock.instant()));
		String where = scope.condition("c") + " AND c.status NOT IN ('DECLINED','PROSECUTION','WITHDRAWN','CONCLUDED') AND "
				+ dueExpression("c") + " < :now" + (enterpriseOnly ? " AND c.enterprise_related" : "");
		return summaries(where, p, dueExpression("c") + " ASC, c.number", page, size);
	}

	Page<CaseSummary> queue(CaseScope scope, long investigatorId, int page, int size) {
		Map<String, Object> p = new HashMap<>(scope.parameters());
		p.put("investigator", investigatorId);
		String where = scope.condition("c") + " AND c.lead_investigator_id = :investigator"
				+ " AND c.status NOT IN ('DECLINED','PROSECUTION','WITHDRAWN','CONCLUDED')";
		return summaries(where, p, dueExpression("c") + " ASC NULLS LAST, c.number", page, size);
	}

	List<CaseSummary> ofOperation(UUID operationId) {
		return jdbc.sql("SELECT c.*, " + dueExpression("c") + " AS due FROM case_file c WHERE c.operation_id = :id ORDER BY c.number")
			.param("id", operationId)
			.query(this::summary)
			.list();
	}

	Optional<CaseSummary> ofIncident(UUID incidentId, CaseScope scope) {
		return jdbc.sql("SELECT c.*, " + dueExpression("c") + " AS due FROM case_file c JOIN case_incident i ON i.case_id = c.id"
				+ " WHERE i.incident_id = :incident AND " + scope.condition("c"))
			.param("incident", incidentId)
			.params(scope.parameters())
			.query(this::summary)
			.optional();
	}

	private Page<CaseSummary> summaries(String where, Map<String, Object> p, String order, int page, int size) {
		long total = jdbc.sql("SELECT count(*) FROM case_file c WHERE " + where).params(p).query(Long.class).single();
		List<CaseSummary> items = jdbc.sql("SELECT c.*, " + dueExpression("c") + " AS due FROM case_file c WHERE " + where
				+ " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(p)
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query(this::summary)
			.list();
		return new Page<>(items, page, size, total);
	}

	private CaseSummary summary(ResultSet rs, int row) throws SQLException {
		Instant due = instant(rs, "due");
		return new CaseSummary(rs.getObject("id", UUID.class), rs.getString("number"), CaseKind.valueOf(rs.getString("kind")),
				Offence.valueOf(rs.getString("offence")), CaseStatus.valueOf(rs.getString("status")), rs.getString("title"),
				rs.getString("station_code"), rs.getString("responsible_unit"), rs.getString("lead_investigator_name"),
				rs.getBoolean("enterprise_related"), local(instant(rs, "received_at")),
				local(instant(rs, "stage_started_at")), local(due), due != null && due.isBefore(clock.instant()),
				rs.getObject("operation_id", UUID.class), rs.getBoolean("demo"));
	}

	CaseDetail detail(Case c, boolean commandAssisted) {
		Duration deadline = properties.deadline(c.status, c.enterpriseRelated);
		Instant due = deadline == null ? null : c.stageStartedAt.plus(deadline);
		OperationSummary operation = c.operationId == null ? null : operationSummary(c.operationId).orElse(null);
		return new CaseDetail(c.id, c.number, c.kind, c.offence, c.status, c.source, c.title, c.summary, c.stationCode,
				c.responsibleUnit, c.leadInvestigatorId, c.leadInvestigatorName, c.enterpriseRelated, local(c.receivedAt),
				local(c.stageStartedAt), local(due), due != null && due.isBefore(clock.instant()), local(c.registeredAt),
				local(c.declinedAt), c.declineReason, local(c.investigatingAt), local(c.solvedAt), c.factsProven,
				c.actProven, c.mainSuspectInCustody, local(c.prosecutedAt), local(c.withdrawnAt), c.withdrawReason,
				local(c.decidedAt), c.penalty, c.fineYuan, c.detentionDays, local(c.mediatedAt), local(c.concludedAt),
				c.reopenCount, local(c.reopenedAt), c.reopenReason, commandAssisted, operation, timeline(c.id),
				persons(c.id), apprehensions(c.id), property(c.id), incidents(c.id), tasksOfCase(c.id), c.demo);
	}

	List<CaseTimelineEntry> timeline(UUID caseId) {
		return jdbc.sql("SELECT * FROM case_event WHERE case_id = :id ORDER BY seq")
			.param("id", caseId)
			.query((rs, i) -> new CaseTimelineEntry(rs.getString("type"), local(instant(rs, "at")), rs.getString("actor"),
					rs.getString("note")))
			.list();
	}

	// ---- persons, apprehensions, property, incidents

	static Person person(ResultSet rs, boolean unmask) throws SQLException {
		String sex = rs.getString("sex");
		int birthYear = rs.getInt("birth_year");
		Integer birth = rs.wasNull() ? null : birthYear;
		String name = rs.getString("name");
		String id = rs.getString("id_number");
		return new Person(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				PersonRole.valueOf(rs.getString("role")), unmask ? name : Masking.name(name), sex == null ? null : Sex.valueOf(sex),
				birth, unmask ? id : Masking.idNumber(id), !unmask, rs.getBoolean("demo"));
	}

	List<Person> persons(UUID caseId) {
		return jdbc.sql("SELECT * FROM case_person WHERE case_id = :id ORDER BY role, created_at, id")
			.param("id", caseId)
			.query((rs, i) -> person(rs, false))
			.list();
	}

	static final String APPREHENSION_SELECT = """
			SELECT a.*, c.number AS case_number, c.station_code, p.name AS person_name
			FROM case_apprehension a JOIN case_file c ON c.id = a.case_id JOIN case_person p ON p.id = a.person_id""";

	Apprehension mapApprehension(ResultSet rs, int row) throws SQLException {
		Instant at = instant(rs, "apprehended_at");
		boolean fugitive = rs.getBoolean("online_fugitive");
		Instant due = fugitive ? at.plus(properties.fugitiveWithdrawal()) : null;
		Instant withdrawn = instant(rs, "withdrawn_at");
		boolean overdue = fugitive && (withdrawn == null ? due.isBefore(clock.instant()) : withdrawn.isAfter(due));
		return new Apprehension(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("case_number"), rs.getString("station_code"), rs.getObject("person_id", UUID.class),
				Masking.name(rs.getString("person_name")), local(at), rs.getString("place"), rs.getString("unit_code"),
				rs.getBoolean("command_supported"), fugitive, local(due), local(withdrawn), overdue, rs.getBoolean("demo"));
	}

	List<Apprehension> apprehensions(UUID caseId) {
		return jdbc.sql(APPREHENSION_SELECT + " WHERE a.case_id = :id ORDER BY a.apprehended_at, a.id")
			.param("id", caseId)
			.query(this::mapApprehension)
			.list();
	}

	Optional<Apprehension> apprehension(UUID id) {
		return jdbc.sql(APPREHENSION_SELECT + " WHERE a.id = :id").param("id", id).query(this::mapApprehension).optional();
	}

	Page<Apprehension> overdueWithdrawals(CaseScope scope, int page, int size) {
		Map<String, Object> p = new HashMap<>(scope.parameters());
		p.put("now", Cases.ts(clock.instant()));
		p.put("secs", properties.fugitiveWithdrawal().toSeconds());
		String where = " WHERE a.online_fugitive AND " + scope.condition("c")
				+ " AND coalesce(a.withdrawn_at, :now) > a.apprehended_at + make_interval(secs => :secs)";
		long total = jdbc.sql("SELECT count(*) FROM case_apprehension a JOIN case_file c ON c.id = a.case_id" + where)
			.params(p)
			.query(Long.class)
			.single();
		List<Apprehension> items = jdbc.sql(APPREHENSION_SELECT + where
				+ " ORDER BY (a.withdrawn_at IS NULL) DESC, a.apprehended_at, a.id LIMIT :limit OFFSET :offset")
			.params(p)
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query(this::mapApprehension)
			.list();
		return new Page<>(items, page, size, total);
	}

	static RecoveredProperty mapProperty(ResultSet rs, int row) throws SQLException {
		return new RecoveredProperty(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("description"), rs.getInt("quantity"), rs.getBigDecimal("value_yuan"),
				local(instant(rs, "recovered_at")), rs.getBoolean("returned"), local(instant(rs, "returned_at")));
	}

	List<RecoveredProperty> property(UUID caseId) {
		return jdbc.sql("SELECT * FROM case_property WHERE case_id = :id ORDER BY recovered_at, id")
			.param("id", caseId)
			.query(CaseViews::mapProperty)
			.list();
	}

	List<LinkedIncident> incidents(UUID caseId) {
		return jdbc.sql("SELECT * FROM case_incident WHERE case_id = :id ORDER BY linked_at, incident_number")
			.param("id", caseId)
			.query((rs, i) -> new LinkedIncident(rs.getObject("incident_id", UUID.class), rs.getString("incident_number"),
					local(instant(rs, "linked_at"))))
			.list();
	}

	// ---- operations and tasks

	static final String OPERATION_SUMMARY = """
			SELECT o.*, (SELECT string_agg(u.unit_code, ',' ORDER BY u.unit_code) FROM case_operation_unit u
			             WHERE u.operation_id = o.id) AS units,
			       (SELECT count(*) FROM case_file f WHERE f.operation_id = o.id) AS cases,
			       (SELECT count(*) FROM case_file f WHERE f.operation_id = o.id AND f.solved_at IS NOT NULL) AS solved,
			       (SELECT count(*) FROM case_task t WHERE t.operation_id = o.id AND t.status = 'OPEN') AS open_tasks
			FROM case_operation o""";

	static OperationSummary mapOperationSummary(ResultSet rs, int row) throws SQLException {
		String units = rs.getString("units");
		return new OperationSummary(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("name"),
				rs.getString("lead_unit"), units == null ? List.of() : List.of(units.split(",")), rs.getString("status"),
				local(instant(rs, "started_at")), local(instant(rs, "closed_at")), rs.getInt("cases"), rs.getInt("solved"),
				rs.getInt("open_tasks"), rs.getBoolean("demo"));
	}

	Optional<OperationSummary> operationSummary(UUID id) {
		return jdbc.sql(OPERATION_SUMMARY + " WHERE o.id = :id").param("id", id).query(CaseViews::mapOperationSummary).optional();
	}

	Page<OperationSummary> operations(CaseScope scope, String status, int page, int size) {
		Map<String, Object> p = new HashMap<>(scope.parameters());
		String where = " WHERE " + scope.operationCondition("o");
		if (status != null && !status.isBlank()) {
			where += " AND o.status = :status";
			p.put("status", status);
		}
		long total = jdbc.sql("SELECT count(*) FROM case_operation o" + where).params(p).query(Long.class).single();
		List<OperationSummary> items = jdbc.sql(OPERATION_SUMMARY + where
				+ " ORDER BY o.status, o.started_at DESC LIMIT :limit OFFSET :offset")
			.params(p)
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query(CaseViews::mapOperationSummary)
			.list();
		return new Page<>(items, page, size, total);
	}

	static final String TASK_SELECT = """
			SELECT t.*, o.number AS operation_number, c.number AS case_number
			FROM case_task t LEFT JOIN case_operation o ON o.id = t.operation_id LEFT JOIN case_file c ON c.id = t.case_id""";

	Task mapTask(ResultSet rs, int row) throws SQLException {
		Instant due = instant(rs, "due_at");
		TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
		return new Task(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
				rs.getString("operation_number"), rs.getObject("case_id", UUID.class), rs.getString("case_number"),
				rs.getString("unit_code"), rs.getString("title"), local(due), status, local(instant(rs, "created_at")),
				local(instant(rs, "done_at")), status == TaskStatus.OPEN && due.isBefore(clock.instant()));
	}

	Optional<Task> task(UUID id) {
		return jdbc.sql(TASK_SELECT + " WHERE t.id = :id").param("id", id).query(this::mapTask).optional();
	}

	List<Task> tasksOfCase(UUID caseId) {
		return jdbc.sql(TASK_SELECT + " WHERE t.case_id = :id ORDER BY t.due_at, t.id").param("id", caseId).query(this::mapTask).list();
	}

	List<Task> tasksOfOperation(UUID operationId) {
		return jdbc.sql(TASK_SELECT + " WHERE t.operation_id = :id ORDER BY t.status, t.due_at, t.id")
			.param("id", operationId)
			.query(this::mapTask)
			.list();
	}

	/** A unit's tasks (and its sub-units'), visible in the scope: those of operations or cases the caller sees. */
	Page<Task> unitQueue(CaseScope scope, String unitCode, boolean all, int page, int size) {
		Map<String, Object> p = new HashMap<>(scope.parameters());
		p.put("unit", unitCode);
		p.put("unitPrefix", unitCode + "-%");
		String where = " WHERE (t.unit_code = :unit OR t.unit_code LIKE :unitPrefix)" + (all ? "" : " AND t.status = 'OPEN'");
		if (!scope.branchWide()) {
			where += " AND ((t.case_id IS NOT NULL AND EXISTS (SELECT 1 FROM case_file c WHERE c.id = t.case_id AND "
					+ scope.condition("c") + ")) OR (t.operation_id IS NOT NULL AND EXISTS (SELECT 1 FROM case_operation o"
					+ " WHERE o.id = t.operation_id AND " + scope.operationCondition("o") + ")))";
		}
		long total = jdbc.sql("SELECT count(*) FROM case_task t" + where).params(p).query(Long.class).single();
		List<Task> items = jdbc.sql(TASK_SELECT + where + " ORDER BY t.status, t.due_at, t.id LIMIT :limit OFFSET :offset")
			.params(p)
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query(this::mapTask)
			.list();
		return new Page<>(items, page, size, total);
	}

	List<LinkedIncident> incidentsOfOperation(UUID operationId) {
		return jdbc.sql("SELECT * FROM case_operation_incident WHERE operation_id = :id ORDER BY incident_number")
			.param("id", operationId)
			.query((rs, i) -> new LinkedIncident(rs.getObject("incident_id", UUID.class), rs.getString("incident_number"), null))
			.list();
	}

	List<String> unitsOfOperation(UUID operationId) {
		if (operationId == null) {
			return List.of();
		}
		List<String> units = new ArrayList<>(jdbc.sql("SELECT unit_code FROM case_operation_unit WHERE operation_id = :id")
			.param("id", operationId)
			.query(String.class)
			.list());
		jdbc.sql("SELECT lead_unit FROM case_operation WHERE id = :id").param("id", operationId).query(String.class)
			.optional().ifPresent(units::add);
		return units;
	}
}
