package org.shouwang.command.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentStatus;

import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the board: the open incidents with their catalogue names, and the interval statistics. */
@Repository
class BoardRepository {

	private static final String OPEN = "i.status NOT IN ('CLEARED', 'MERGED')";

	private final JdbcClient jdbc;

	BoardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open incidents in the scope, most urgent then oldest first; names in English when {@code english}. */
	List<BoardIncident> openIncidents(int limit, boolean english, ZoneId zone, DataScope scope) {
		String lang = english ? "en" : "zh";
		return jdbc.sql("""
				SELECT i.id, i.number, i.status, i.category, c.name_%1$s AS category_name, i.subtype,
				       s.name_%1$s AS subtype_name, i.priority, i.reported_at, i.first_dispatched_at, i.on_scene_at,
				       i.lat, i.lng, i.address, i.grid_code, i.grid_type, i.station_code,
				       i.arrival_standard_seconds, i.possible_duplicate_of IS NOT NULL AS possible_duplicate, i.version
				FROM incident i
				JOIN incident_category c ON c.code = i.category
				JOIN incident_subtype s ON s.category = i.category AND s.code = i.subtype
				WHERE %2$s AND %3$s
				ORDER BY i.priority, i.reported_at, i.number
				LIMIT :limit""".formatted(lang, OPEN, scope.sqlCondition("i.station_code")))
			.param("limit", limit)
			.params(scope.sqlParameters())
			.query((rs, n) -> incident(rs, zone))
			.list();
	}

	/** The station of each of these incidents (those that have one). */
	Map<UUID, String> stations(List<UUID> incidentIds) {
		if (incidentIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> stations = new HashMap<>();
		jdbc.sql("SELECT id, station_code FROM incident WHERE station_code IS NOT NULL AND id IN (:ids)")
			.param("ids", incidentIds)
			.query((rs, n) -> stations.put(rs.getObject("id", UUID.class), rs.getString("station_code")))
			.list();
		return stations;
	}

	long openCount(DataScope scope) {
		return jdbc.sql("SELECT count(*) FROM incident i WHERE " + OPEN + " AND " + scope.sqlCondition("i.station_code"))
			.params(scope.sqlParameters())
			.query(Long.class)
			.single();
	}

	private static BoardIncident incident(ResultSet rs, ZoneId zone) throws SQLException {
		return new BoardIncident(rs.getObject("id", UUID.class), rs.getString("number"),
				IncidentStatus.valueOf(rs.getString("status")), IncidentCategory.valueOf(rs.getString("category")),
				rs.getString("category_name"), rs.getString("subtype"), rs.getString("subtype_name"),
				rs.getInt("priority"), time(rs, "reported_at", zone), time(rs, "first_dispatched_at", zone),
				time(rs, "on_scene_at", zone), rs.getDouble("lat"), rs.getDouble("lng"), rs.getString("address"),
				rs.getString("grid_code"), rs.getString("grid_type"), rs.getString("station_code"),
				rs.getInt("arrival_standard_seconds"), rs.getBoolean("possible_duplicate"), rs.getLong("version"));
	}

	/**
	 * Interval figures per station (and their total) of the incidents reported from {@code from} (inclusive)
	 * to {@code to} (exclusive).
	 */
	List<StationIntervals> intervals(Instant from, Instant to, String stationCode, DataScope scope) {
		return jdbc.sql("""
				SELECT GROUPING(i.station_code) = 1 AS total, i.station_code,
				       count(*) AS incidents,
				       count(v.received_to_dispatched_seconds) AS dispatched,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY v.received_to_dispatched_seconds) AS rd_median,
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY v.received_to_dispatched_seconds) AS rd_p90,
				       count(v.dispatched_to_on_scene_seconds) AS arrived,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY v.dispatched_to_on_scene_seconds) AS do_median,
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY v.dispatched_to_on_scene_seconds) AS do_p90,
				       count(i.arrival_within_standard) AS judged,
				       count(*) FILTER (WHERE i.arrival_within_standard) AS within_standard
				FROM incident i JOIN incident_intervals v ON v.id = i.id
				WHERE i.status <> 'MERGED' AND i.reported_at >= :from AND i.reported_at < :to
				  AND (CAST(:station AS varchar) IS NULL OR i.station_code = :station)
				  AND %s
				GROUP BY ROLLUP (i.station_code)
				ORDER BY GROUPING(i.station_code), i.station_code NULLS LAST""".formatted(scope.sqlCondition("i.station_code")))
			.params(scope.sqlParameters())
			.param("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
			.param("station", stationCode, java.sql.Types.VARCHAR)
			.query((rs, n) -> new StationIntervals(rs.getBoolean("total"), rs.getString("station_code"),
					rs.getLong("incidents"), rs.getLong("dispatched"), doubleOrNull(rs, "rd_median"),
					doubleOrNull(rs, "rd_p90"), rs.getLong("arrived"), doubleOrNull(rs, "do_median"),
					doubleOrNull(rs, "do_p90"), rs.getLong("judged"), rs.getLong("within_standard")))
			.list();
	}

	/** One row of the interval figures: a station's figures, or the total when {@code total}. */
	record StationIntervals(boolean total, String stationCode, long incidents, long dispatched,
			Double receivedToDispatchedMedian, Double receivedToDispatchedP90, long arrived,
			Double dispatchedToOnSceneMedian, Double dispatchedToOnSceneP90, long judged, long withinStandard) {
	}

	private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static OffsetDateTime time(ResultSet rs, String column, ZoneId zone) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
	}
}
