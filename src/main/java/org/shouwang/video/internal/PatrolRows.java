package org.shouwang.video.internal;

import org.shouwang.video.CheckResult;
import org.shouwang.video.IncidentLink;
import org.shouwang.video.PatrolCheck;
import org.shouwang.video.PatrolPlan;
import org.shouwang.video.TimeWindow;

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

import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code video_patrol_plan}, {@code video_patrol_plan_camera} and {@code video_patrol_check}. */
@Repository
public class PatrolRows {

	private static final String CHECK_COLUMNS = "id, camera_code, plan_id, result, note, operator, checked_at, incident_status, incident_ref";

	private final JdbcClient jdbc;

	PatrolRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- plans

	/** The plans (active ones only, or all when null) that list at least one camera of the scope. */
	public List<PatrolPlan> plans(Boolean active, DataScope scope) {
		Map<Long, List<String>> cameras = new HashMap<>();
		jdbc.sql("SELECT plan_id, camera_code FROM video_patrol_plan_camera ORDER BY plan_id, position")
			.query((rs, i) -> cameras.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>()).add(rs.getString("camera_code")))
			.list();
		String where = " WHERE EXISTS (SELECT 1 FROM video_patrol_plan_camera pc JOIN video_camera c ON c.code = pc.camera_code "
				+ "WHERE pc.plan_id = p.id AND " + scope.sqlCondition("c.station_code") + ")"
				+ (active == null ? "" : " AND p.active = " + active);
		return jdbc.sql("SELECT p.* FROM video_patrol_plan p" + where + " ORDER BY p.name")
			.params(scope.sqlParameters())
			.query((rs, i) -> plan(rs, cameras.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	public Optional<PatrolPlan> plan(long id) {
		List<String> cameras = jdbc.sql("SELECT camera_code FROM video_patrol_plan_camera WHERE plan_id = ? ORDER BY position")
			.param(id)
			.query(String.class)
			.list();
		return jdbc.sql("SELECT * FROM video_patrol_plan WHERE id = ?").param(id).query((rs, i) -> plan(rs, cameras)).optional();
	}

	public boolean nameTaken(String name, Long exceptId) {
		return jdbc.sql("SELECT count(*) FROM video_patrol_plan WHERE lower(name) = lower(?) AND id <> ?")
			.params(name, exceptId == null ? -1L : exceptId)
			.query(Long.class)
			.single() > 0;
	}

	public long insertPlan(PatrolPlan plan) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO video_patrol_plan (name, interval_minutes, key_spot, active_hours, operator_unit, active, demo, created_at, updated_at) "
				+ "VALUES (:name, :interval, :keySpot, :hours, :unit, :active, :demo, :now, :now)")
			.params(planParams(plan))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		saveCameras(id, plan.cameraCodes());
		return id;
	}

	public void updatePlan(PatrolPlan plan, Instant now) {
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
	public Map<String, Instant> lastChecks(List<String> cameraCodes) {
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

	public long insertCheck(String cameraCode, Long planId, CheckResult result, String note, String operator, Instant at,
			IncidentLink link, String ref, boolean demo) {
		KeyHolder keys = new GeneratedKeyHolder();
		// raised: a pending check's VideoAlertRaised is published in this transaction by the caller.
		jdbc.sql("INSERT INTO video_patrol_check (camera_code, plan_id, result, note, operator, checked_at, incident_status, "
				+ "incident_ref, demo, raised) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(cameraCode, planId, result.name(), note, operator, Timestamp.from(at), link.name(), ref, demo,
					link == IncidentLink.PENDING_INCIDENT)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Links a pending check to its incident; false when it was not pending (already linked). */
	public boolean linkIfPending(long id, String ref) {
		return jdbc.sql("UPDATE video_patrol_check SET incident_status = 'OPENED', incident_ref = ? "
				+ "WHERE id = ? AND incident_status = 'PENDING_INCIDENT'")
			.params(ref, id)
			.update() == 1;
	}

	public Optional<PatrolCheck> check(long id) {
		return jdbc.sql("SELECT " + CHECK_COLUMNS + " FROM video_patrol_check WHERE id = ?").param(id).query(PatrolRows::check).optional();
	}

	/** How many checks of the scope wait for their incident. */
	public long countPending(DataScope scope) {
		return jdbc.sql("SELECT count(*) FROM video_patrol_check WHERE incident_status = 'PENDING_INCIDENT' AND camera_code IN "
				+ "(SELECT code FROM video_camera WHERE " + scope.sqlCondition("station_code") + ")")
			.params(scope.sqlParameters())
			.query(Long.class)
			.single();
	}

	/** Pending checks stored before their event was published (before events existed), locked for this transaction. */
	public List<PatrolCheck> unraised() {
		return jdbc.sql("SELECT " + CHECK_COLUMNS + " FROM video_patrol_check WHERE incident_status = 'PENDING_INCIDENT' "
				+ "AND NOT raised ORDER BY id FOR UPDATE SKIP LOCKED")
			.query(PatrolRows::check)
			.list();
	}

	public void markRaised(long id) {
		jdbc.sql("UPDATE video_patrol_check SET raised = true WHERE id = ?").param(id).update();
	}

	public Page<PatrolCheck> checks(String cameraCode, CheckResult result, DataScope scope, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE camera_code IN (SELECT code FROM video_camera WHERE "
				+ scope.sqlCondition("station_code") + ")");
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
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
		return new Page<>(items, page, size, total);
	}

	private static PatrolCheck check(ResultSet rs, int row) throws SQLException {
		long plan = rs.getLong("plan_id");
		Long planId = rs.wasNull() ? null : plan;
		return new PatrolCheck(rs.getLong("id"), rs.getString("camera_code"), planId, CheckResult.valueOf(rs.getString("result")),
				rs.getString("note"), rs.getString("operator"), rs.getTimestamp("checked_at").toInstant(),
				IncidentLink.valueOf(rs.getString("incident_status")), rs.getString("incident_ref"));
	}
}
