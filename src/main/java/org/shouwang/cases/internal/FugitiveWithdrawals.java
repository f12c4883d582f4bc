package org.shouwang.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.cases.FugitiveWithdrawalOverdue;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.SystemActor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags apprehended online fugitives whose record was not withdrawn (撤网) within the limit (48 h): once, with an
 * audit entry, a {@link FugitiveWithdrawalOverdue} event for leadership and {@code IndicatorRecordChanged}.
 */
@Component
class FugitiveWithdrawals {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CasesProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	FugitiveWithdrawals(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, CasesProperties properties,
			TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.transaction = transaction;
	}

	record Due(UUID id, UUID caseId, String caseNumber, Instant apprehendedAt) {
	}

	@Scheduled(fixedDelayString = "${shouwang.cases.withdrawal-check-interval:PT5M}", initialDelayString = "PT1M")
	void scheduled() {
		SystemActor.run(SystemActor.SYSTEM, this::flagOverdue);
	}

	/** Flags every newly overdue withdrawal; returns how many. */
	int flagOverdue() {
		Instant now = clock.instant();
		return transaction.execute(status -> {
			List<Due> due = jdbc.sql("""
					SELECT a.id, a.case_id, c.number, a.apprehended_at FROM case_apprehension a JOIN case_file c ON c.id = a.case_id
					WHERE a.online_fugitive AND a.withdrawn_at IS NULL AND a.overdue_flagged_at IS NULL
					  AND a.apprehended_at + make_interval(secs => :secs) < :now
					ORDER BY a.apprehended_at LIMIT 500 FOR UPDATE OF a SKIP LOCKED""")
				.param("secs", properties.fugitiveWithdrawal().toSeconds())
				.param("now", Cases.ts(now))
				.query((rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						Cases.instant(rs, "apprehended_at")))
				.list();
			for (Due d : due) {
				jdbc.sql("UPDATE case_apprehension SET overdue_flagged_at = :now WHERE id = :id").param("now", Cases.ts(now))
					.param("id", d.id()).update();
				Instant dueAt = d.apprehendedAt().plus(properties.fugitiveWithdrawal());
				audit.record("WITHDRAWAL_OVERDUE", CaseService.APPREHENSION, d.id(), AuditOutcome.SUCCESS,
						ChangeSummary.diff(Map.of(), Map.of("case", d.caseNumber(), "dueAt", dueAt.toString())));
				events.publishEvent(new FugitiveWithdrawalOverdue(d.id(), d.caseId(), d.caseNumber(), d.apprehendedAt(), dueAt));
				events.publishEvent(new IndicatorRecordChanged(CaseService.APPREHENSION, d.id()));
			}
			return due.size();
		});
	}
}
