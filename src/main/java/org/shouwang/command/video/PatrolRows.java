package org.shouwang.command.video;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code video_patrol_plan}, {@code video_patrol_plan_camera} and {@code video_patrol_check}. */
@Repository
class PatrolRows {

	private static final String CHECK_COLUMNS = "id, camera_code, plan_id, result, note, operator, checked_at, incident_status, incident_ref";

	private final JdbcClient jdbc;

	PatrolRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- plans

	List<PatrolPlan> plans(Boolean active) {
		Map<Long, List<String>> cameras = new HashMap<>();
		jdbc.sql("SELECT plan_id, camera_code FROM video_patrol_plan_camera ORDER BY plan_id, position")
			.query((rs, i) -> cameras.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>()).add(rs.getString("camera_code")))
			.list();
		String where = active == null ? "" : " WHERE active = " + active;
		return jdbc.sql("SELECT * FROM video_patrol_plan" + where + " ORDER BY name")
			.query((rs, i) -> plan(rs, cameras.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	Optional<PatrolPlan> plan(long id) {
		List<String> cameras = jdbc.sql("SELECT camera_code FROM video_patrol_plan_camera WHERE plan_id = ? ORDER BY position")
			.param(id)
			.query(String.class)
			.list();
		return jdbc.sql("SELECT * FROM video_patrol_plan WHERE id = ?").param(id).query((rs, i) -> plan(rs, cameras)).optional();
	}

	boolean nameTaken(String name, Long exceptId) {
		return jdbc.sql("SELECT count(*) FROM video_patrol_plan WHERE lower(name) = lower(?) AND id <> ?")
			.params(name, exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	long insertPlan(PatrolPlan plan) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO video_patrol_plan (name, interval_minutes, key_spot, active_hours, operator_unit, active, demo, created_at, updated_at) "
				+ "VALUES (:name, :interval, :keySpot, :hours, :unit, :active, :demo, :now, :now)")
			.params(planParams(plan))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		saveCameras(id, plan.cameraCodes());
		return id;
	}

	void updatePlan(PatrolPlan plan, Instant now) {
		jdbc.sql("UPDATE video_patrol_plan SET name = :name, interval_minutes = :interval, key_spot = :keySpot, "
				+ "active_hours = :hours, operator_unit = :unit, active = :active, updated_at = :updated WHERE id = :id")
			.params(planParams(plan))
			.param("id", plan.id())
			.param("updated", Timestamp.from(now))
			.update();
		jdbc.sql("DELETE FROM video_patrol_plan_camera WHERE plan_id = ?").param(plan.id()).update();
		saveCameras(plan.id(), plan.cameraCodes());
	}

	private void saveCameras(long planId, List<String> codes) {
		for (int i = 0; i < codes.size(); i++) {
			jdbc.sql("INSERT INTO video_patrol_plan_camera (plan_id, camera_code, position) VALUES (?, ?, ?)")
				.params(planId, codes.get(i), i)
				.update();
		}
	}

	private static Map<String, Object> planParams(PatrolPlan plan) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("name", plan.name());
		p.put("interval", plan.intervalMinutes());
		p.put("keySpot", plan.keySpot());
		p.put("hours", TimeWindow.format(plan.activeHours()));
		p.put("unit", plan.operatorUnit());
		p.put("active", plan.active());
		p.put("demo", plan.demo());
		p.put("now", Timestamp.from(plan.createdAt()));
		return p;
	}

	private static PatrolPlan plan(ResultSet rs, List<String> cameras) throws SQLException {
		return new PatrolPlan(rs.getLong("id"), rs.getString("name"), rs.getInt("interval_minutes"),
				rs.getBoolean("key_spot"), TimeWindow.parse(rs.getString("active_hours")), rs.getString("operator_unit"),
				cameras, rs.getBoolean("active"), rs.getBoolean("demo"), rs.getTimestamp("created_at").toInstant());
	}

	// ---- checks

	/** The time of the last check of each of these cameras (cameras never checked are absent). */
	Map<String, Instant> lastChecks(List<String> cameraCodes) {
		Map<String, Instant> last = new HashMap<>();
		if (cameraCodes.isEmpty()) {
			return last;
		}
		jdbc.sql("SELECT camera_code, max(checked_at) AS last FROM video_patrol_check WHERE camera_code IN (:codes) GROUP BY camera_code")
			.param("codes", cameraCodes)
			.query((rs, i) -> last.put(rs.getString("camera_code"), rs.getTimestamp("last").toInstant()))
			.list();
		return last;
	}

	long insertCheck(String cameraCode, Long planId, CheckResult result, String note, String operator, Instant at,
			IncidentLink link, String ref, boolean demo) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO video_patrol_check (camera_code, plan_id, result, note, operator, checked_at, incident_status, incident_ref, demo) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(cameraCode, planId, result.name(), note, operator, Timestamp.from(at), link.name(), ref, demo)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void linkCheck(long id, IncidentLink link, String ref) {
		jdbc.sql("UPDATE video_patrol_check SET incident_status = ?, incident_ref = ? WHERE id = ?")
			.params(link.name(), ref, id)
			.update();
	}

	Optional<PatrolCheck> check(long id) {
		return jdbc.sql("SELECT " + CHECK_COLUMNS + " FROM video_patrol_check WHERE id = ?").param(id).query(PatrolRows::check).optional();
	}

	long countPending() {
		return jdbc.sql("SELECT count(*) FROM video_patrol_check WHERE incident_status = 'PENDING_INCIDENT'").query(Long.class).single();
	}

	List<PatrolCheck> pendingChecks() {
		return jdbc.sql("SELECT " + CHECK_COLUMNS + " FROM video_patrol_check WHERE incident_status = 'PENDING_INCIDENT' ORDER BY id FOR UPDATE SKIP LOCKED")
			.query(PatrolRows::check)
			.list();
	}

	VideoPage<PatrolCheck> checks(String cameraCode, CheckResult result, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new HashMap<>();
		if (cameraCode != null && !cameraCode.isBlank()) {
			where.append(" AND camera_code = :camera");
			params.put("camera", cameraCode.strip());
		}
		if (result != null) {
			where.append(" AND result = :result");
			params.put("result", result.name());
		}
		long total = jdbc.sql("SELECT count(*) FROM video_patrol_check" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<PatrolCheck> items = jdbc.sql("SELECT " + CHECK_COLUMNS + " FROM video_patrol_check" + where
				+ " ORDER BY checked_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query(PatrolRows::check)
			.list();
		return new VideoPage<>(items, page, size, total);
	}

	private static PatrolCheck check(ResultSet rs, int row) throws SQLException {
		long plan = rs.getLong("plan_id");
		Long planId = rs.wasNull() ? null : plan;
		return new PatrolCheck(rs.getLong("id"), rs.getString("camera_code"), planId, CheckResult.valueOf(rs.getString("result")),
				rs.getString("note"), rs.getString("operator"), rs.getTimestamp("checked_at").toInstant(),
				IncidentLink.valueOf(rs.getString("incident_status")), rs.getString("incident_ref"));
	}
}
