package org.shouwang.cases.internal;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.cases.CaseHistory;
import org.shouwang.cases.CaseKind;
import org.shouwang.cases.HistoricalCase;
import org.shouwang.cases.HistoricalCase.HistoricalApprehension;
import org.shouwang.cases.HistoricalCase.HistoricalOperation;
import org.shouwang.cases.HistoricalCase.HistoricalPerson;
import org.shouwang.cases.HistoricalCase.HistoricalProperty;
import org.shouwang.cases.HistoricalCase.HistoricalTask;
import org.shouwang.cases.PersonRole;
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseHistory}: checks a whole import by replaying each case's stages, then writes it in multi-row inserts. */
@Service
class CaseImport implements CaseHistory {

	static final int BATCH_SIZE = 1000;

	static final int MAX_ERRORS = 100;

	private final JdbcTemplate jdbc;

	private final Cases cases;

	private final AuditTrail audit;

	private final OrganizationDirectory directory;

	private final CasesProperties properties;

	CaseImport(JdbcTemplate jdbc, Cases cases, AuditTrail audit, OrganizationDirectory directory, CasesProperties properties) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.audit = audit;
		this.directory = directory;
		this.properties = properties;
	}

	/** A checked case: the replayed aggregate and its parts' ids. */
	private record Checked(int index, HistoricalCase h, Case c, List<UUID> personIds) {
	}

	@Override
	@Transactional
	public Result importHistorical(List<HistoricalOperation> operations, List<HistoricalCase> history) {
		if (history == null || history.isEmpty()) {
			throw new InvalidInputException("cases", "must not be empty");
		}
		List<HistoricalOperation> ops = operations == null ? List.of() : operations;
		Set<String> units = new HashSet<>();
		Set<String> stations = new HashSet<>();
		for (OrgUnit unit : directory.allUnits()) {
			if (unit.active()) {
				units.add(unit.code());
				if (unit.kind() == org.shouwang.organization.OrgUnitKind.STATION) {
					stations.add(unit.code());
				}
			}
		}
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < ops.size(); i++) {
			HistoricalOperation o = ops.get(i);
			if (o == null || o.name() == null || o.name().isBlank() || !units.contains(o.leadUnit()) || o.startedAt() == null
					|| !units.containsAll(o.units())) {
				errors.add(new FieldError("operations[" + i + "]", "needs a name, an active lead unit, active units and a start"));
			}
		}
		List<UUID> operationIds = ops.stream().map(o -> UUID.randomUUID()).toList();
		// numbers in the order cases were received, per series and year
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < history.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> history.get(i) == null || history.get(i).receivedAt() == null
				? Instant.EPOCH : history.get(i).receivedAt()).thenComparing(i -> i));
		List<Checked> checked = new ArrayList<>();
		for (int i : order) {
			if (errors.size() >= MAX_ERRORS) {
				break;
			}
			HistoricalCase h = history.get(i);
			String p = "cases[" + i + "]";
			if (h == null || h.offence() == null || h.source() == null || h.receivedAt() == null || h.title() == null
					|| h.title().isBlank()) {
				errors.add(new FieldError(p, "needs offence, source, title and received date"));
				continue;
			}
			if (!stations.contains(h.stationCode())) {
				errors.add(new FieldError(p + ".stationCode", "must be an active police station"));
				continue;
			}
			if (!units.contains(h.responsibleUnit())) {
				errors.add(new FieldError(p + ".responsibleUnit", "must be an active unit"));
				continue;
			}
			if (h.operation() != null && (h.operation() < 0 || h.operation() >= ops.size())) {
				errors.add(new FieldError(p + ".operation", "no such operation in the import"));
				continue;
			}
			int before = errors.size();
			for (int k = 0; k < h.persons().size(); k++) {
				HistoricalPerson person = h.persons().get(k);
				if (person == null || person.role() == null || person.name() == null || person.name().isBlank()) {
					errors.add(new FieldError(p + ".persons[" + k + "]", "needs a role and a name"));
				}
			}
			for (int k = 0; k < h.apprehensions().size(); k++) {
				HistoricalApprehension a = h.apprehensions().get(k);
				if (a == null || a.person() < 0 || a.person() >= h.persons().size()
						|| h.persons().get(a.person()) == null || h.persons().get(a.person()).role() != PersonRole.SUSPECT
						|| a.apprehendedAt() == null || a.place() == null || !units.contains(a.unitCode())
						|| (!a.onlineFugitive() && a.withdrawnAt() != null)
						|| (a.withdrawnAt() != null && a.withdrawnAt().isBefore(a.apprehendedAt()))) {
					errors.add(new FieldError(p + ".apprehensions[" + k + "]",
							"needs a suspect of the case, a time, a place, an active unit; a withdrawal only for a fugitive"));
				}
			}
			for (int k = 0; k < h.tasks().size(); k++) {
				HistoricalTask t = h.tasks().get(k);
				if (t == null || !units.contains(t.unitCode()) || t.title() == null || t.createdAt() == null || t.dueAt() == null) {
					errors.add(new FieldError(p + ".tasks[" + k + "]", "needs an active unit, a title, created and due dates"));
				}
			}
			for (int k = 0; k < h.property().size(); k++) {
				HistoricalProperty pr = h.property().get(k);
				if (pr == null || pr.description() == null || pr.quantity() < 1 || pr.valueYuan() == null
						|| pr.valueYuan().signum() < 0 || pr.recoveredAt() == null) {
					errors.add(new FieldError(p + ".property[" + k + "]", "needs a description, quantity, value and date"));
				}
			}
			if (errors.size() > before) {
				continue;
			}
			try {
				Case c = replay(h, h.operation() == null ? null : operationIds.get(h.operation()));
				List<UUID> personIds = h.persons().stream().map(x -> UUID.randomUUID()).toList();
				checked.add(new Checked(i, h, c, personIds));
			}
			catch (RuntimeException ex) {
				errors.add(new FieldError(p, ex.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The import was refused: nothing was written", errors);
		}
		// numbers
		Map<String, List<Checked>> bySeries = new LinkedHashMap<>();
		for (Checked c : checked) {
			int year = c.h().receivedAt().atZone(CaseViews.ZONE).getYear();
			bySeries.computeIfAbsent(c.c().kind.numberPrefix() + "/" + year, k -> new ArrayList<>()).add(c);
		}
		for (Map.Entry<String, List<Checked>> series : bySeries.entrySet()) {
			String prefix = series.getKey().substring(0, series.getKey().indexOf('/'));
			int year = Integer.parseInt(series.getKey().substring(series.getKey().indexOf('/') + 1));
			int first = cases.reserveNumbers(prefix, year, series.getValue().size());
			for (Checked c : series.getValue()) {
				c.c().number = prefix + "-" + year + "-" + String.format("%06d", first++);
			}
		}
		UUID importId = UUID.randomUUID();
		writeOperations(ops, operationIds);
		int persons = 0;
		int apprehensions = 0;
		int property = 0;
		int tasks = 0;
		int batches = 0;
		for (int from = 0; from < checked.size(); from += BATCH_SIZE) {
			List<Checked> batch = checked.subList(from, Math.min(checked.size(), from + BATCH_SIZE));
			batches++;
			writeCases(batch);
			persons += writePersons(batch);
			apprehensions += writeApprehensions(batch);
			property += writeProperty(batch);
			tasks += writeTasks(batch, operationIds);
			writeIncidents(batch);
			writeTimeline(batch);
			audit.record(AuditAction.IMPORT, "CaseImport", importId + "/" + batches, AuditOutcome.SUCCESS,
					ChangeSummary.diff(Map.of(), Map.of("cases", batch.size(), "first", batch.get(0).c().number)));
		}
		return new Result(ops.size(), checked.size(), persons, apprehensions, property, tasks, batches);
	}

	/** The case as the lifecycle would have made it, stage by stage. */
	private Case replay(HistoricalCase h, UUID operationId) {
		if (h.offence().kind() == CaseKind.CRIMINAL && (h.decidedAt() != null || h.mediatedAt() != null || h.concludedAt() != null)) {
			throw new IllegalArgumentException("a criminal case is not decided, mediated or concluded");
		}
		if (h.offence().kind() == CaseKind.ADMINISTRATIVE && (h.registeredAt() != null || h.solvedAt() != null
				|| h.declinedAt() != null || h.prosecutedAt() != null || h.withdrawnAt() != null)) {
			throw new IllegalArgumentException("an administrative case is not registered, solved or withdrawn");
		}
		Case c = Case.open(UUID.randomUUID(), "pending", h.offence(), h.source(), h.title().strip(), h.summary(), h.stationCode(),
				h.responsibleUnit(), h.leadInvestigatorId(), h.leadInvestigatorName(), h.enterpriseRelated(), h.receivedAt(),
				h.demo());
		if (operationId != null) {
			c.joinOperation(operationId, null, h.receivedAt());
		}
		if (h.registeredAt() != null) {
			c.register(h.registeredAt());
		}
		if (h.declinedAt() != null) {
			c.decline(h.declineReason(), h.declinedAt());
		}
		if (h.investigatingAt() != null) {
			c.investigate(h.investigatingAt());
		}
		if (h.solvedAt() != null) {
			c.solve(new Case.SolveConditions(true, true, true), h.solvedAt(), operationId != null || h.tasks().stream()
				.anyMatch(t -> t.unitCode().equals(properties.commandCentreUnit())));
		}
		if (h.prosecutedAt() != null) {
			c.transferForProsecution(h.prosecutedAt());
		}
		if (h.withdrawnAt() != null) {
			c.withdraw(h.withdrawReason(), h.withdrawnAt());
		}
		if (h.decidedAt() != null) {
			c.decide(h.penalty(), h.fineYuan(), h.detentionDays(), h.decidedAt());
		}
		if (h.mediatedAt() != null) {
			c.mediate(h.mediatedAt());
		}
		if (h.concludedAt() != null) {
			c.conclude(h.concludedAt());
		}
		return c;
	}

	// ---- writing: one INSERT ... SELECT FROM unnest(text arrays) per table and batch

	private void writeOperations(List<HistoricalOperation> ops, List<UUID> ids) {
		if (ops.isEmpty()) {
			return;
		}
		Columns o = new Columns();
		Columns u = new Columns();
		int year = 0;
		Map<Integer, Integer> next = new HashMap<>();
		List<String> numbers = new ArrayList<>();
		for (HistoricalOperation op : ops) {
			year = op.startedAt().atZone(CaseViews.ZONE).getYear();
			next.merge(year, 1, Integer::sum);
		}
		Map<Integer, Integer> firsts = new HashMap<>();
		next.forEach((y, n) -> firsts.put(y, cases.reserveNumbers("HZ", y, n)));
		for (int i = 0; i < ops.size(); i++) {
			HistoricalOperation op = ops.get(i);
			int y = op.startedAt().atZone(CaseViews.ZONE).getYear();
			int n = firsts.merge(y, 0, Integer::sum);
			firsts.put(y, n + 1);
			numbers.add("HZ-" + y + "-" + String.format("%03d", n));
			o.add("id", ids.get(i)).add("number", numbers.get(i)).add("name", op.name()).add("lead", op.leadUnit())
				.add("status", op.closedAt() == null ? "ACTIVE" : "CLOSED").add("started", op.startedAt())
				.add("closed", op.closedAt()).add("summary", op.summary()).add("demo", op.demo());
			Set<String> all = new java.util.LinkedHashSet<>();
			all.add(op.leadUnit());
			all.addAll(op.units());
			for (String unit : all) {
				u.add("op", ids.get(i)).add("unit", unit);
			}
		}
		insert("""
				INSERT INTO case_operation (id, number, name, lead_unit, status, started_at, closed_at, summary, demo)
				SELECT id::uuid, number, name, lead, status, started::timestamptz, closed::timestamptz, summary, demo::boolean
				FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?) AS t(id, number, name, lead, status, started, closed, summary, demo)""", o);
		insert("""
				INSERT INTO case_operation_unit (operation_id, unit_code) SELECT op::uuid, unit FROM unnest(?, ?) AS t(op, unit)""", u);
	}

	private void writeCases(List<Checked> batch) {
		Columns k = new Columns();
		for (Checked ch : batch) {
			Case c = ch.c();
			k.add("id", c.id).add("number", c.number).add("kind", c.kind).add("offence", c.offence).add("status", c.status)
				.add("source", c.source).add("title", c.title).add("summary", c.summary).add("station", c.stationCode)
				.add("unit", c.responsibleUnit).add("investigator", c.leadInvestigatorId)
				.add("investigatorName", c.leadInvestigatorName).add("enterprise", c.enterpriseRelated)
				.add("operation", c.operationId).add("received", c.receivedAt).add("stage", c.stageStartedAt)
				.add("registered", c.registeredAt).add("declined", c.declinedAt).add("declineReason", c.declineReason)
				.add("investigating", c.investigatingAt).add("solved", c.solvedAt).add("proven", c.solvedAt != null)
				.add("prosecuted", c.prosecutedAt).add("withdrawn", c.withdrawnAt).add("withdrawReason", c.withdrawReason)
				.add("decided", c.decidedAt).add("penalty", c.penalty).add("fine", c.fineYuan).add("days", c.detentionDays)
				.add("mediated", c.mediatedAt).add("concluded", c.concludedAt).add("demo", c.demo);
		}
		insert("""
				INSERT INTO case_file (id, number, kind, offence, status, source, title, summary, station_code, responsible_unit,
				    lead_investigator_id, lead_investigator_name, enterprise_related, operation_id, received_at, stage_started_at,
				    registered_at, declined_at, decline_reason, investigating_at, solved_at, facts_proven, act_proven,
				    main_suspect_in_custody, prosecuted_at, withdrawn_at, withdraw_reason, decided_at, penalty, fine_yuan,
				    detention_days, mediated_at, concluded_at, demo)
				SELECT id::uuid, number, kind, offence, status, source, title, summary, station, unit, investigator::bigint,
				    investigator_name, enterprise::boolean, operation::uuid, received::timestamptz, stage::timestamptz,
				    registered::timestamptz, declined::timestamptz, decline_reason, investigating::timestamptz,
				    solved::timestamptz, proven::boolean, proven::boolean, proven::boolean, prosecuted::timestamptz,
				    withdrawn::timestamptz, withdraw_reason, decided::timestamptz, penalty, fine::numeric, days::int,
				    mediated::timestamptz, concluded::timestamptz, demo::boolean
				FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				     AS t(id, number, kind, offence, status, source, title, summary, station, unit, investigator,
				          investigator_name, enterprise, operation, received, stage, registered, declined, decline_reason,
				          investigating, solved, proven, prosecuted, withdrawn, withdraw_reason, decided, penalty, fine, days,
				          mediated, concluded, demo)""", k);
	}

	private int writePersons(List<Checked> batch) {
		Columns k = new Columns();
		int n = 0;
		for (Checked ch : batch) {
			for (int i = 0; i < ch.h().persons().size(); i++) {
				HistoricalPerson p = ch.h().persons().get(i);
				k.add("id", ch.personIds().get(i)).add("case", ch.c().id).add("role", p.role()).add("name", p.name().strip())
					.add("sex", p.sex()).add("birth", p.birthYear()).add("idNumber", p.idNumber()).add("demo", ch.h().demo())
					.add("created", ch.c().receivedAt);
				n++;
			}
		}
		if (n > 0) {
			insert("""
					INSERT INTO case_person (id, case_id, role, name, sex, birth_year, id_number, demo, created_at)
					SELECT id::uuid, c::uuid, role, name, sex, birth::int, id_number, demo::boolean, created::timestamptz
					FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?) AS t(id, c, role, name, sex, birth, id_number, demo, created)""", k);
		}
		return n;
	}

	private int writeApprehensions(List<Checked> batch) {
		Columns k = new Columns();
		int n = 0;
		for (Checked ch : batch) {
			for (HistoricalApprehension a : ch.h().apprehensions()) {
				Instant due = a.apprehendedAt().plus(properties.fugitiveWithdrawal());
				k.add("id", UUID.randomUUID()).add("case", ch.c().id).add("person", ch.personIds().get(a.person()))
					.add("at", a.apprehendedAt()).add("place", a.place()).add("unit", a.unitCode())
					.add("supported", a.commandSupported()).add("fugitive", a.onlineFugitive()).add("withdrawn", a.withdrawnAt())
					.add("flagged", a.onlineFugitive() && a.withdrawnAt() == null ? due : null).add("demo", ch.h().demo());
				n++;
			}
		}
		if (n > 0) {
			insert("""
					INSERT INTO case_apprehension (id, case_id, person_id, apprehended_at, place, unit_code, command_supported,
					    online_fugitive, withdrawn_at, overdue_flagged_at, demo)
					SELECT id::uuid, c::uuid, person::uuid, at::timestamptz, place, unit, supported::boolean, fugitive::boolean,
					    withdrawn::timestamptz, flagged::timestamptz, demo::boolean
					FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					     AS t(id, c, person, at, place, unit, supported, fugitive, withdrawn, flagged, demo)""", k);
		}
		return n;
	}

	private int writeProperty(List<Checked> batch) {
		Columns k = new Columns();
		int n = 0;
		for (Checked ch : batch) {
			for (HistoricalProperty p : ch.h().property()) {
				k.add("id", UUID.randomUUID()).add("case", ch.c().id).add("description", p.description())
					.add("quantity", p.quantity()).add("value", p.valueYuan()).add("recovered", p.recoveredAt())
					.add("returned", p.returned()).add("returnedAt", p.returnedAt()).add("demo", ch.h().demo());
				n++;
			}
		}
		if (n > 0) {
			insert("""
					INSERT INTO case_property (id, case_id, description, quantity, value_yuan, recovered_at, returned, returned_at, demo)
					SELECT id::uuid, c::uuid, description, quantity::int, value::numeric, recovered::timestamptz,
					    returned::boolean, returned_at::timestamptz, demo::boolean
					FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?)
					     AS t(id, c, description, quantity, value, recovered, returned, returned_at, demo)""", k);
		}
		return n;
	}

	private int writeTasks(List<Checked> batch, List<UUID> operationIds) {
		Columns k = new Columns();
		int n = 0;
		for (Checked ch : batch) {
			for (HistoricalTask t : ch.h().tasks()) {
				k.add("id", UUID.randomUUID()).add("op", ch.c().operationId).add("case", ch.c().id).add("unit", t.unitCode())
					.add("title", t.title()).add("due", t.dueAt()).add("status", t.doneAt() == null ? "OPEN" : "DONE")
					.add("created", t.createdAt()).add("done", t.doneAt()).add("demo", ch.h().demo());
				n++;
			}
		}
		if (n > 0) {
			insert("""
					INSERT INTO case_task (id, operation_id, case_id, unit_code, title, due_at, status, created_at, done_at, demo)
					SELECT id::uuid, op::uuid, c::uuid, unit, title, due::timestamptz, status, created::timestamptz,
					    done::timestamptz, demo::boolean
					FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS t(id, op, c, unit, title, due, status, created, done, demo)""", k);
		}
		return n;
	}

	private void writeIncidents(List<Checked> batch) {
		Columns k = new Columns();
		int n = 0;
		for (Checked ch : batch) {
			for (HistoricalCase.Incident i : ch.h().incidents()) {
				k.add("incident", i.id()).add("case", ch.c().id).add("number", i.number())
					.add("at", i.linkedAt() == null ? ch.c().receivedAt : i.linkedAt());
				n++;
			}
		}
		if (n > 0) {
			insert("""
					INSERT INTO case_incident (incident_id, case_id, incident_number, linked_at)
					SELECT incident::uuid, c::uuid, number, at::timestamptz FROM unnest(?, ?, ?, ?) AS t(incident, c, number, at)""", k);
		}
	}

	private void writeTimeline(List<Checked> batch) {
		Columns k = new Columns();
		String actor = CaseService.actor();
		for (Checked ch : batch) {
			List<Case.Step> steps = new ArrayList<>(ch.c().steps());
			for (HistoricalCase.Incident i : ch.h().incidents()) {
				steps.add(new Case.Step("INCIDENT_LINKED", i.linkedAt() == null ? ch.c().receivedAt : i.linkedAt(), i.number()));
			}
			for (HistoricalApprehension a : ch.h().apprehensions()) {
				steps.add(new Case.Step("APPREHENSION", a.apprehendedAt(), a.unitCode() + (a.onlineFugitive() ? " / 网上在逃" : "")));
				if (a.withdrawnAt() != null) {
					steps.add(new Case.Step("FUGITIVE_WITHDRAWN", a.withdrawnAt(), null));
				}
			}
			for (HistoricalProperty p : ch.h().property()) {
				steps.add(new Case.Step("PROPERTY_RECOVERED", p.recoveredAt(), p.description()));
			}
			for (HistoricalTask t : ch.h().tasks()) {
				steps.add(new Case.Step("TASK_ASSIGNED", t.createdAt(), t.unitCode() + " / " + t.title()));
				if (t.doneAt() != null) {
					steps.add(new Case.Step("TASK_DONE", t.doneAt(), t.unitCode() + " / " + t.title()));
				}
			}
			steps.sort(Comparator.comparing(Case.Step::at));
			int seq = 0;
			for (Case.Step s : steps) {
				k.add("case", ch.c().id).add("seq", ++seq).add("type", s.type()).add("at", s.at()).add("note", s.note());
			}
		}
		insert("""
				INSERT INTO case_event (case_id, seq, type, at, actor, note)
				SELECT c::uuid, seq::int, type, at::timestamptz, ?, note FROM unnest(?, ?, ?, ?, ?) AS t(c, seq, type, at, note)""",
				actor, k);
	}

	private void insert(String sql, Object... scalarsThenColumns) {
		Columns columns = (Columns) scalarsThenColumns[scalarsThenColumns.length - 1];
		jdbc.execute((java.sql.Connection connection) -> {
			try (PreparedStatement ps = connection.prepareStatement(sql)) {
				int i = 1;
				for (int p = 0; p < scalarsThenColumns.length - 1; p++) {
					ps.setObject(i++, scalarsThenColumns[p]);
				}
				for (List<String> values : columns.values.values()) {
					ps.setArray(i++, connection.createArrayOf("text", values.toArray()));
				}
				ps.executeUpdate();
				return null;
			}
		});
	}

	/** Text column arrays, by name in the order first added. */
	private static final class Columns {

		final Map<String, List<String>> values = new LinkedHashMap<>();

		Columns add(String column, Object value) {
			values.computeIfAbsent(column, k -> new ArrayList<>()).add(value == null ? null
					: value instanceof Enum<?> e ? e.name() : value.toString());
			return this;
		}
	}
}
