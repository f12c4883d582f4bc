package org.shouwang.prevention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.prevention.GuardMode;
import org.shouwang.prevention.KeyPlaceGuardView;
import org.shouwang.prevention.Peaks;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Key-place guards with their check-ins, campus and hospital guards and 护学岗 duties. */
@Repository
public class GuardRecords {

	/** A key-place guard row. */
	public record KeyPlaceGuard(UUID id, UUID placeId, String placeName, String stationCode, double lat, double lng,
			int fixedPosts, int patrolIntervalMinutes, boolean videoPatrol, LocalDate since, LocalDate until) {
	}

	/** A campus guard row. */
	public record CampusGuard(UUID id, UUID placeId, String kind, String name, String stationCode, GuardMode mode,
			String officer, LocalDate since) {
	}

	/** A 护学岗 duty row. */
	public record SchoolDuty(UUID id, UUID placeId, String kind, String name, String stationCode, Peaks peaks, int officers,
			LocalDate since) {
	}

	private final JdbcClient jdbc;

	GuardRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- key places

	/** Ends the open guard of a place the day before {@code since}; true when there was one. */
	public boolean endKeyPlaceGuard(UUID placeId, LocalDate since) {
		return jdbc.sql("UPDATE prevention_key_place_guard SET until = greatest(since, ?::date - 1) WHERE place_id = ? AND until IS NULL")
			.params(since, placeId)
			.update() > 0;
	}

	public void insert(KeyPlaceGuard g, boolean demo) {
		jdbc.sql("""
				INSERT INTO prevention_key_place_guard (id, place_id, place_name, station_code, lat, lng, fixed_posts,
				    patrol_interval_minutes, video_patrol, since, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(g.id(), g.placeId(), g.placeName(), g.stationCode(), g.lat(), g.lng(), g.fixedPosts(),
					g.patrolIntervalMinutes(), g.videoPatrol(), g.since(), demo)
			.update();
	}

	public List<KeyPlaceGuard> keyPlaceGuards(DataScope scope) {
		return jdbc.sql("SELECT * FROM prevention_key_place_guard WHERE until IS NULL AND " + scope.sqlCondition("station_code")
				+ " ORDER BY place_name")
			.params(scope.sqlParameters())
			.query((rs, n) -> keyPlace(rs))
			.list();
	}

	public Optional<KeyPlaceGuard> keyPlaceGuard(UUID id, DataScope scope) {
		return jdbc.sql("SELECT * FROM prevention_key_place_guard WHERE id = :id AND " + scope.sqlCondition("station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query((rs, n) -> keyPlace(rs))
			.optional();
	}

	public void checkIn(UUID id, UUID guardId, String officer, Instant at, String findings) {
		jdbc.sql("INSERT INTO prevention_key_place_checkin (id, guard_id, officer, checked_at, findings) VALUES (?, ?, ?, ?, ?)")
			.params(id, guardId, officer, Timestamp.from(at), findings)
			.update();
	}

	public List<KeyPlaceGuardView.CheckIn> checkIns(UUID guardId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT id, officer, checked_at, findings FROM prevention_key_place_checkin
				WHERE guard_id = ? AND checked_at >= ? AND checked_at < ? ORDER BY checked_at""")
			.params(guardId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new KeyPlaceGuardView.CheckIn(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	// ---- campuses

	public boolean endCampusGuard(UUID placeId, LocalDate since) {
		return jdbc.sql("UPDATE prevention_campus_guard SET until = greatest(since, ?::date - 1) WHERE place_id = ? AND until IS NULL")
			.params(since, placeId)
			.update() > 0;
	}

	public void insert(CampusGuard g, boolean demo) {
		jdbc.sql("""
				INSERT INTO prevention_campus_guard (id, place_id, place_kind, place_name, station_code, mode, officer, since, demo)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(g.id(), g.placeId(), g.kind(), g.name(), g.stationCode(), g.mode().name(), g.officer(), g.since(), demo)
			.update();
	}

	public boolean endSchoolDuty(UUID placeId, LocalDate since) {
		return jdbc.sql("UPDATE prevention_school_duty SET until = greatest(since, ?::date - 1) WHERE place_id = ? AND until IS NULL")
			.params(since, placeId)
			.update() > 0;
	}

	public void insert(SchoolDuty d, boolean demo) {
		jdbc.sql("""
				INSERT INTO prevention_school_duty (id, place_id, place_kind, place_name, station_code, peaks, officers, since, demo)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.placeId(), d.kind(), d.name(), d.stationCode(), d.peaks().name(), d.officers(), d.since(), demo)
			.update();
	}

	/** Open campus guards by place. */
	public Map<UUID, CampusGuard> campusGuards(DataScope scope) {
		Map<UUID, CampusGuard> map = new HashMap<>();
		jdbc.sql("SELECT * FROM prevention_campus_guard WHERE until IS NULL AND " + scope.sqlCondition("station_code"))
			.params(scope.sqlParameters())
			.query(rs -> {
				CampusGuard g = new CampusGuard(rs.getObject("id", UUID.class), rs.getObject("place_id", UUID.class),
						rs.getString("place_kind"), rs.getString("place_name"), rs.getString("station_code"),
						GuardMode.valueOf(rs.getString("mode")), rs.getString("officer"), rs.getObject("since", LocalDate.class));
				map.put(g.placeId(), g);
			});
		return map;
	}

	/** Open 护学岗 duties by place. */
	public Map<UUID, SchoolDuty> schoolDuties(DataScope scope) {
		Map<UUID, SchoolDuty> map = new HashMap<>();
		jdbc.sql("SELECT * FROM prevention_school_duty WHERE until IS NULL AND " + scope.sqlCondition("station_code"))
			.params(scope.sqlParameters())
			.query(rs -> {
				SchoolDuty d = new SchoolDuty(rs.getObject("id", UUID.class), rs.getObject("place_id", UUID.class),
						rs.getString("place_kind"), rs.getString("place_name"), rs.getString("station_code"),
						Peaks.valueOf(rs.getString("peaks")), rs.getInt("officers"), rs.getObject("since", LocalDate.class));
				map.put(d.placeId(), d);
			});
		return map;
	}

	private static KeyPlaceGuard keyPlace(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new KeyPlaceGuard(rs.getObject("id", UUID.class), rs.getObject("place_id", UUID.class), rs.getString("place_name"),
				rs.getString("station_code"), rs.getDouble("lat"), rs.getDouble("lng"), rs.getInt("fixed_posts"),
				rs.getInt("patrol_interval_minutes"), rs.getBoolean("video_patrol"), rs.getObject("since", LocalDate.class),
				rs.getObject("until", LocalDate.class));
	}
}
