package org.shouwang.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.shouwang.platform.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the trail for the list screen and API: filtered, newest first, paged. */
@Component
class AuditQueries {

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<AuditEntry> find(AuditFilter filter, int page, int size) {
		List<String> where = new ArrayList<>();
		var params = new java.util.HashMap<String, Object>();
		if (filter.from() != null) {
			where.add("occurred_at >= :from");
			params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.add("occurred_at < :to");
			params.put("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
		}
		if (filter.actor() != null) {
			where.add("actor = :actor");
			params.put("actor", filter.actor());
		}
		if (filter.action() != null) {
			where.add("action = :action");
			params.put("action", filter.action());
		}
		if (filter.objectType() != null) {
			where.add("object_type = :objectType");
			params.put("objectType", filter.objectType());
		}
		if (filter.objectId() != null) {
			where.add("object_id = :objectId");
			params.put("objectId", filter.objectId());
		}
		if (filter.outcome() != null) {
			where.add("outcome = :outcome");
			params.put("outcome", filter.outcome().name());
		}
		String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
		long total = jdbc.sql("SELECT count(*) FROM audit_entry" + condition).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<AuditEntry> items = jdbc
			.sql("SELECT * FROM audit_entry" + condition + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> AuditChainVerifier.map(rs))
			.list();
		return new Page<>(items, page, size, total);
	}

	/**
	 * Filters of the list; {@code null} or blank means "any".
	 *
	 * @param from       earliest time (inclusive)
	 * @param to         latest time (exclusive)
	 * @param actor      exact actor
	 * @param action     exact action
	 * @param objectType exact object type
	 * @param objectId   exact object id
	 * @param outcome    outcome
	 */
	record AuditFilter(Instant from, Instant to, String actor, String action, String objectType, String objectId,
			AuditOutcome outcome) {

		AuditFilter {
			actor = blankToNull(actor);
			action = blankToNull(action);
			objectType = blankToNull(objectType);
			objectId = blankToNull(objectId);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
	}
}
