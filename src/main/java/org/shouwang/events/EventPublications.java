package org.shouwang.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incomplete event publications of the registry ({@code event_publication}, completion date not set) and
 * their resubmission. A resubmitted publication is delivered to its listener again; listeners are idempotent
 * (a second delivery does nothing new), so a retry never doubles an effect.
 */
@Service
public class EventPublications {

	/** The audit action of a resubmission. */
	public static final String RETRY = "EVENT_RETRY";

	private final JdbcClient jdbc;

	private final IncompleteEventPublications incomplete;

	private final AuditTrail audit;

	EventPublications(JdbcClient jdbc, IncompleteEventPublications incomplete, AuditTrail audit) {
		this.jdbc = jdbc;
		this.incomplete = incomplete;
		this.audit = audit;
	}

	/** The incomplete publications, oldest first. */
	@Transactional(readOnly = true)
	public Page<IncompletePublication> incomplete(int page, int size) {
		Page.check(page, size);
		long total = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
		List<IncompletePublication> items = jdbc.sql("""
				SELECT id, listener_id, event_type, publication_date, status, completion_attempts, last_resubmission_date
				FROM event_publication WHERE completion_date IS NULL ORDER BY publication_date, id LIMIT ? OFFSET ?""")
			.params(size, Page.offset(page, size))
			.query((rs, i) -> {
				Timestamp resubmitted = rs.getTimestamp("last_resubmission_date");
				return new IncompletePublication(rs.getObject("id", UUID.class), rs.getString("listener_id"),
						rs.getString("event_type"), rs.getTimestamp("publication_date").toInstant(), rs.getString("status"),
						rs.getInt("completion_attempts"), resubmitted == null ? null : resubmitted.toInstant());
			})
			.list();
		return new Page<>(items, page, size, total);
	}

	/** How many publications are incomplete. */
	@Transactional(readOnly = true)
	public long countIncomplete() {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
	}

	/** Resubmits every incomplete publication (audited); returns how many there were. */
	@Transactional
	public long retryAll() {
		long count = countIncomplete();
		incomplete.resubmitIncompletePublications(p -> true);
		audit.record(RETRY, "EventPublication", "ALL", AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("incomplete", null, count).build());
		return count;
	}

	/** Resubmits one incomplete publication (audited); 404 when there is no such incomplete publication. */
	@Transactional
	public void retry(UUID id) {
		IncompletePublication publication = find(id);
		incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(id));
		audit.record(RETRY, "EventPublication", id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("listener", null, publication.listenerName())
			.change("eventType", null, publication.eventName())
			.build());
	}

	/** Resubmits the publications older than {@code age} (the schedule's retry); not audited per run. */
	void retryOlderThan(Duration age) {
		incomplete.resubmitIncompletePublicationsOlderThan(age);
	}

	private IncompletePublication find(UUID id) {
		return jdbc.sql("""
				SELECT id, listener_id, event_type, publication_date, status, completion_attempts, last_resubmission_date
				FROM event_publication WHERE completion_date IS NULL AND id = ?""")
			.param(id)
			.query((rs, i) -> new IncompletePublication(rs.getObject("id", UUID.class), rs.getString("listener_id"),
					rs.getString("event_type"), rs.getTimestamp("publication_date").toInstant(), rs.getString("status"),
					rs.getInt("completion_attempts"), rs.getTimestamp("last_resubmission_date") == null ? null
							: rs.getTimestamp("last_resubmission_date").toInstant()))
			.optional()
			.orElseThrow(() -> new NotFoundException("Event publication"));
	}
}
