package org.shouwang.video.internal;

import org.shouwang.video.IncidentLink;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code video_alert} table. */
@Repository
class AlertRows {

	private final JdbcClient jdbc;

	AlertRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises intake of one key (an external id, a camera) until the transaction ends. */
	public void lock(int namespace, String key) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))").params(namespace, key).query((rs, i) -> 1).single();
	}

	public Optional<AnalyticsAlert> find(UUID id) {
		return jdbc.sql("SELECT * FROM video_alert WHERE id = ?").param(id).query(AlertRows::map).optional();
	}

	public Optional<AnalyticsAlert> findByExternalId(String source, String externalId) {
		return jdbc.sql("SELECT * FROM video_alert WHERE source_code = ? AND external_id = ?")
			.params(source, externalId)
			.query(AlertRows::map)
			.optional();
	}

	/** The latest original (not duplicate) alert of this camera and event type within [from, to]. */
	public Optional<AnalyticsAlert> latestOriginal(String camera, String eventType, Instant from, Instant to) {
		return jdbc.sql("SELECT * FROM video_alert WHERE camera_code = ? AND event_type = ? AND status <> 'DUPLICATE' "
				+ "AND occurred_at BETWEEN ? AND ? ORDER BY occurred_at DESC LIMIT 1")
			.params(camera, eventType, Timestamp.from(from), Timestamp.from(to))
			.query(AlertRows::map)
			.optional();
	}

	public void insert(AnalyticsAlert a, boolean demo) {
		jdbc.sql("INSERT INTO video_alert (id, source_code, external_id, format, event_type, camera_code, lat, lng, grid_code, "
				+ "station_code, occurred_at, received_at, description, status, duplicate_of, incident_ref, demo, raised) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.sourceCode(), a.externalId(), a.format(), a.eventType(), a.cameraCode(), a.lat(), a.lng(),
					a.gridCode(), a.stationCode(), Timestamp.from(a.occurredAt()), Timestamp.from(a.receivedAt()),
					a.description(), a.status().name(), a.duplicateOf(), a.incidentRef(), demo,
					a.status() == IncidentLink.PENDING_INCIDENT)
			.update();
	}

	/** Links a pending alert to its incident; false when it was not pending (already linked). */
	public boolean linkIfPending(UUID id, String ref) {
		return jdbc.sql("UPDATE video_alert SET status = 'OPENED', incident_ref = ? WHERE id = ? AND status = 'PENDING_INCIDENT'")
			.params(ref, id)
			.update() == 1;
	}

	/** Duplicates that wait for their original's incident number. */
	public void copyIncidentToDuplicates(UUID original, String ref) {
		jdbc.sql("UPDATE video_alert SET incident_ref = ? WHERE duplicate_of = ?").params(ref, original).update();
	}

	/** How many alerts of the scope wait for their incident. */
	public long countPending(DataScope scope) {
		return jdbc.sql("SELECT count(*) FROM video_alert WHERE status = 'PENDING_INCIDENT' AND " + scope.sqlCondition("station_code"))
			.params(scope.sqlParameters())
			.query(Long.class)
			.single();
	}

	/** Pending alerts stored before their event was published (before events existed), locked for this transaction. */
	public List<AnalyticsAlert> unraised() {
		return jdbc.sql("SELECT * FROM video_alert WHERE status = 'PENDING_INCIDENT' AND NOT raised ORDER BY received_at "
				+ "FOR UPDATE SKIP LOCKED")
			.query(AlertRows::map)
			.list();
	}

	public void markRaised(UUID id) {
		jdbc.sql("UPDATE video_alert SET raised = true WHERE id = ?").param(id).update();
	}

	public Page<AnalyticsAlert> page(String cameraCode, IncidentLink status, DataScope scope, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE " + scope.sqlCondition("station_code"));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (cameraCode != null && !cameraCode.isBlank()) {
			where.append(" AND camera_code = :camera");
			params.put("camera", cameraCode.strip());
		}
		if (status != null) {
			where.append(" AND status = :status");
			params.put("status", status.name());
		}
		long total = jdbc.sql("SELECT count(*) FROM video_alert" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<AnalyticsAlert> items = jdbc.sql("SELECT * FROM video_alert" + where + " ORDER BY received_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(AlertRows::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	private static AnalyticsAlert map(ResultSet rs, int row) throws SQLException {
		return new AnalyticsAlert(rs.getObject("id", UUID.class), rs.getString("source_code"), rs.getString("external_id"),
				rs.getString("format"), rs.getString("event_type"), rs.getString("camera_code"), rs.getDouble("lat"),
				rs.getDouble("lng"), rs.getString("grid_code"), rs.getString("station_code"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
				rs.getString("description"), IncidentLink.valueOf(rs.getString("status")),
				rs.getObject("duplicate_of", UUID.class), rs.getString("incident_ref"));
	}
}
