package org.shouwang.command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as points, for spatial analysis in other modules (hotspot analysis, before/after counts of remediation
 * projects): category, position and reported time of every incident of some categories reported in a period, within
 * the caller's data scope and optionally a box; merged duplicates are left out.
 */
@Service
public class IncidentPoints {

	/** One incident as a point. */
	public record IncidentPoint(double lat, double lng, IncidentCategory category, Instant reportedAt, String stationCode) {
	}

	/** A latitude/longitude box, bounds inclusive. */
	public record Box(double minLat, double minLng, double maxLat, double maxLng) {
	}

	private final JdbcTemplate jdbc;

	IncidentPoints(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Hands every incident of {@code categories} (all when empty) reported from {@code from} (inclusive) to {@code to} (exclusive) inside {@code box} (anywhere
	 * when null) and in the caller's scope to {@code sink}, oldest first.
	 */
	@Transactional(readOnly = true)
	public void forEach(Set<IncidentCategory> categories, Instant from, Instant to, Box box, Consumer<IncidentPoint> sink) {
		DataScope scope = DataScope.current();
		StringBuilder sql = new StringBuilder("""
				SELECT lat, lng, category, reported_at, station_code FROM incident
				WHERE reported_at >= ? AND reported_at < ? AND status <> 'MERGED'""");
		List<Object> args = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
		if (categories != null && !categories.isEmpty()) {
			sql.append(" AND category IN (").append(String.join(",", categories.stream().map(c -> "?").toList())).append(')');
			categories.forEach(c -> args.add(c.name()));
		}
		if (box != null) {
			sql.append(" AND lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?");
			args.addAll(List.of(box.minLat(), box.maxLat(), box.minLng(), box.maxLng()));
		}
		if (!scope.branchWide()) {
			sql.append(" AND station_code = ?");
			args.add(scope.station().orElseThrow());
		}
		sql.append(" ORDER BY reported_at");
		jdbc.query(con -> {
			var ps = con.prepareStatement(sql.toString());
			ps.setFetchSize(10_000);
			for (int i = 0; i < args.size(); i++) {
				ps.setObject(i + 1, args.get(i));
			}
			return ps;
		}, rs -> {
			sink.accept(new IncidentPoint(rs.getDouble(1), rs.getDouble(2), IncidentCategory.valueOf(rs.getString(3)),
					rs.getTimestamp(4).toInstant(), rs.getString(5)));
		});
	}
}
