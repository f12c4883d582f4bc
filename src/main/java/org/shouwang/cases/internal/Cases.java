package org.shouwang.cases.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.cases.CaseKind;
import org.shouwang.cases.CaseSource;
import org.shouwang.cases.CaseStatus;
import org.shouwang.cases.Offence;
import org.shouwang.cases.Penalty;
import org.shouwang.platform.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case files ({@code case_file}) with their timeline ({@code case_event}): load, insert, update. */
@Repository
class Cases {

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static OffsetDateTime ts(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	/** The next number of a series: {@code XS-2025-000123}; six digits for cases, three for operations. */
	String nextNumber(String prefix, int year, int digits) {
		int n = jdbc.sql("""
				INSERT INTO case_number (prefix, year, last) VALUES (:prefix, :year, 1)
				ON CONFLICT (prefix, year) DO UPDATE SET last = case_number.last + 1 RETURNING last""")
			.param("prefix", prefix)
			.param("year", year)
			.query(Integer.class)
			.single();
		return prefix + "-" + year + "-" + String.format("%0" + digits + "d", n);
	}

	/** Reserves {@code count} numbers of a series at once (bulk import) and returns the first. */
	int reserveNumbers(String prefix, int year, int count) {
		int last = jdbc.sql("""
				INSERT INTO case_number (prefix, year, last) VALUES (:prefix, :year, :count)
				ON CONFLICT (prefix, year) DO UPDATE SET last = case_number.last + :count RETURNING last""")
			.param("prefix", prefix)
			.param("year", year)
			.param("count", count)
			.query(Integer.class)
			.single();
		return last - count + 1;
	}

	Optional<Case> find(UUID id) {
		return jdbc.sql("SELECT * FROM case_file WHERE id = :id").param("id", id).query(Cases::map).optional();
	}

	Optional<Case> findForUpdate(UUID id) {
		return jdbc.sql("SELECT * FROM case_file WHERE id = :id FOR UPDATE").param("id", id).query(Cases::map).optional();
	}

	/** Whether the case exists and lies in the scope. */
	boolean visible(UUID id, CaseScope scope) {
		return jdbc.sql("SELECT count(*) FROM case_file c WHERE c.id = :id AND " + scope.condition("c"))
			.param("id", id)
			.params(scope.parameters())
			.query(Long.class)
			.single() > 0;
	}

	void insert(Case c) {
		jdbc.sql("""
				INSERT INTO case_file (id, number, kind, offence, status, source, title, summary, station_code,
				    responsible_unit, lead_investigator_id, lead_investigator_name, enterprise_related, operation_id,
				    received_at, stage_started_at, demo)
				VALUES (:id, :number, :kind, :offence, :status, :source, :title, :summary, :station, :unit, :investigatorId,
				    :investigatorName, :enterprise, :operation, :receivedAt, :stageStartedAt, :demo)""")
			.params(Map.of("id", c.id, "number", c.number, "kind", c.kind.name(), "offence", c.offence.name(), "status",
					c.status.name(), "source", c.source.name(), "title", c.title, "station", c.stationCode, "unit",
					c.responsibleUnit, "enterprise", c.enterpriseRelated))
			.param("summary", c.summary)
			.param("investigatorId", c.leadInvestigatorId)
			.param("investigatorName", c.leadInvestigatorName)
			.param("operation", c.operationId)
			.param("receivedAt", ts(c.receivedAt))
			.param("stageStartedAt", ts(c.stageStartedAt))
			.param("demo", c.demo)
			.update();
	}

	/** Writes the aggregate's state; refuses (409) when another change came first. */
	void update(Case c) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", c.id);
		p.put("version", c.version);
		p.put("status", c.status.name());
		p.put("unit", c.responsibleUnit);
		p.put("investigatorId", c.leadInvestigatorId);
		p.put("investigatorName", c.leadInvestigatorName);
		p.put("enterprise", c.enterpriseRelated);
		p.put("operation", c.operationId);
		p.put("stageStartedAt", ts(c.stageStartedAt));
		p.put("registeredAt", ts(c.registeredAt));
		p.put("declinedAt", ts(c.declinedAt));
		p.put("declineReason", c.declineReason);
		p.put("investigatingAt", ts(c.investigatingAt));
		p.put("solvedAt", ts(c.solvedAt));
		p.put("facts", c.factsProven);
		p.put("act", c.actProven);
		p.put("custody", c.mainSuspectInCustody);
		p.put("prosecutedAt", ts(c.prosecutedAt));
		p.put("withdrawnAt", ts(c.withdrawnAt));
		p.put("withdrawReason", c.withdrawReason);
		p.put("decidedAt", ts(c.decidedAt));
		p.put("penalty", c.penalty == null ? null : c.penalty.name());
		p.put("fine", c.fineYuan);
		p.put("days", c.detentionDays);
		p.put("mediatedAt", ts(c.mediatedAt));
		p.put("concludedAt", ts(c.concludedAt));
		p.put("reopenCount", c.reopenCount);
		p.put("reopenedAt", ts(c.reopenedAt));
		p.put("reopenReason", c.reopenReason);
		int n = jdbc.sql("""
				UPDATE case_file SET status = :status, responsible_unit = :unit, lead_investigator_id = :investigatorId,
				    lead_investigator_name = :investigatorName, enterprise_related = :enterprise, operation_id = :operation,
				    stage_started_at = :stageStartedAt, registered_at = :registeredAt, declined_at = :declinedAt,
				    decline_reason = :declineReason, investigating_at = :investigatingAt, solved_at = :solvedAt,
				    facts_proven = :facts, act_proven = :act, main_suspect_in_custody = :custody,
				    prosecuted_at = :prosecutedAt, withdrawn_at = :withdrawnAt, withdraw_reason = :withdrawReason,
				    decided_at = :decidedAt, penalty = :penalty, fine_yuan = :fine, detention_days = :days,
				    mediated_at = :mediatedAt, concluded_at = :concludedAt, reopen_count = :reopenCount,
				    reopened_at = :reopenedAt, reopen_reason = :reopenReason, version = version + 1
				WHERE id = :id AND version = :version""").params(p).update();
		if (n != 1) {
			throw new ConflictException("The case was changed meanwhile; reload and try again");
		}
		c.version++;
	}

	/** Appends the aggregate's new timeline entries. */
	void appendSteps(Case c, String actor) {
		if (c.steps().isEmpty()) {
			return;
		}
		int seq = jdbc.sql("SELECT coalesce(max(seq), 0) FROM case_event WHERE case_id = :id")
			.param("id", c.id)
			.query(Integer.class)
			.single();
		for (Case.Step step : c.steps()) {
			jdbc.sql("INSERT INTO case_event (case_id, seq, type, at, actor, note) VALUES (:id, :seq, :type, :at, :actor, :note)")
				.param("id", c.id)
				.param("seq", ++seq)
				.param("type", step.type())
				.param("at", ts(step.at()))
				.param("actor", actor)
				.param("note", step.note())
				.update();
		}
	}

	static Case map(ResultSet rs, int row) throws SQLException {
		Case c = new Case();
		c.id = rs.getObject("id", UUID.class);
		c.number = rs.getString("number");
		c.kind = CaseKind.valueOf(rs.getString("kind"));
		c.offence = Offence.valueOf(rs.getString("offence"));
		c.status = CaseStatus.valueOf(rs.getString("status"));
		c.source = CaseSource.valueOf(rs.getString("source"));
		c.title = rs.getString("title");
		c.summary = rs.getString("summary");
		c.stationCode = rs.getString("station_code");
		c.responsibleUnit = rs.getString("responsible_unit");
		long investigator = rs.getLong("lead_investigator_id");
		c.leadInvestigatorId = rs.wasNull() ? null : investigator;
		c.leadInvestigatorName = rs.getString("lead_investigator_name");
		c.enterpriseRelated = rs.getBoolean("enterprise_related");
		c.operationId = rs.getObject("operation_id", UUID.class);
		c.receivedAt = instant(rs, "received_at");
		c.stageStartedAt = instant(rs, "stage_started_at");
		c.registeredAt = instant(rs, "registered_at");
		c.declinedAt = instant(rs, "declined_at");
		c.declineReason = rs.getString("decline_reason");
		c.investigatingAt = instant(rs, "investigating_at");
		c.solvedAt = instant(rs, "solved_at");
		c.factsProven = rs.getBoolean("facts_proven");
		c.actProven = rs.getBoolean("act_proven");
		c.mainSuspectInCustody = rs.getBoolean("main_suspect_in_custody");
		c.prosecutedAt = instant(rs, "prosecuted_at");
		c.withdrawnAt = instant(rs, "withdrawn_at");
		c.withdrawReason = rs.getString("withdraw_reason");
		c.decidedAt = instant(rs, "decided_at");
		String penalty = rs.getString("penalty");
		c.penalty = penalty == null ? null : Penalty.valueOf(penalty);
		BigDecimal fine = rs.getBigDecimal("fine_yuan");
		c.fineYuan = fine;
		int days = rs.getInt("detention_days");
		c.detentionDays = rs.wasNull() ? null : days;
		c.mediatedAt = instant(rs, "mediated_at");
		c.concludedAt = instant(rs, "concluded_at");
		c.reopenCount = rs.getInt("reopen_count");
		c.reopenedAt = instant(rs, "reopened_at");
		c.reopenReason = rs.getString("reopen_reason");
		c.version = rs.getInt("version");
		c.demo = rs.getBoolean("demo");
		return c;
	}

	/** Whether a case counts as command-assisted: part of an operation, or with a task of the command centre. */
	boolean commandAssisted(UUID caseId, String commandCentreUnit) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM case_file WHERE id = :id AND operation_id IS NOT NULL)
				    OR EXISTS (SELECT 1 FROM case_task WHERE case_id = :id AND unit_code = :unit AND status <> 'CANCELLED')""")
			.param("id", caseId)
			.param("unit", commandCentreUnit)
			.query(Boolean.class)
			.single();
	}

	List<UUID> idsOfOperation(UUID operationId) {
		return jdbc.sql("SELECT id FROM case_file WHERE operation_id = :id").param("id", operationId).query(UUID.class).list();
	}
}
