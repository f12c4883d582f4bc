package org.shouwang.video.internal;

import org.shouwang.video.Camera;
import org.shouwang.video.CameraFilter;
import org.shouwang.video.CameraSource;
import org.shouwang.video.CameraStatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.platform.Page;
import org.shouwang.platform.geo.Geodesy;
import org.shouwang.video.NearbyCamera;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code video_camera} table. */
@Repository
public class CameraRows {

	private static final String COLUMNS = "code, name, source, lat, lng, grid_code, station_code, direction, status, "
			+ "status_changed_at, owner, place_id, active, demo";

	private final JdbcClient jdbc;

	CameraRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Camera> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM video_camera WHERE code = ?").param(code).query(CameraRows::map).optional();
	}

	/** The cameras with these codes, by code. */
	public Map<String, Camera> findAll(Collection<String> codes) {
		Map<String, Camera> found = new HashMap<>();
		if (codes.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT " + COLUMNS + " FROM video_camera WHERE code IN (:codes)")
			.param("codes", codes)
			.query(CameraRows::map)
			.list()
			.forEach(c -> found.put(c.code(), c));
		return found;
	}

	public Page<Camera> page(CameraFilter filter, DataScope scope, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE " + scope.sqlCondition("station_code"));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (!CameraFilter.blank(filter.stationCode())) {
			where.append(" AND station_code = :station");
			params.put("station", filter.stationCode().strip());
		}
		if (filter.source() != null) {
			where.append(" AND source = :source");
			params.put("source", filter.source().name());
		}
		if (filter.status() != null) {
			where.append(" AND status = :status");
			params.put("status", filter.status().name());
		}
		if (!CameraFilter.blank(filter.q())) {
			where.append(" AND (code ILIKE :q OR name ILIKE :q OR owner ILIKE :q)");
			params.put("q", "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		long total = jdbc.sql("SELECT count(*) FROM video_camera" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Camera> items = jdbc
			.sql("SELECT " + COLUMNS + " FROM video_camera" + where + " ORDER BY station_code NULLS LAST, code LIMIT :limit OFFSET :offset")
			.params(params)
			.query(CameraRows::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** Active cameras within {@code radiusMeters} of a point, nearest first, at most {@code limit}; any station. */
	public List<NearbyCamera> near(double lat, double lng, int radiusMeters, int limit) {
		Geodesy.Box box = Geodesy.box(lat, lng, radiusMeters);
		return inBox(box.minLat(), box.maxLat(), box.minLng(), box.maxLng())
			.stream()
			.map(c -> new NearbyCamera(c, Math.round(Geodesy.meters(lat, lng, c.lat(), c.lng()))))
			.filter(n -> n.distanceMeters() <= radiusMeters)
			.sorted(java.util.Comparator.comparingLong(NearbyCamera::distanceMeters).thenComparing(n -> n.camera().code()))
			.limit(limit)
			.toList();
	}

	/** Active cameras inside a lat/lng box (the caller measures the real distance). */
	public List<Camera> inBox(double minLat, double maxLat, double minLng, double maxLng) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM video_camera WHERE active AND lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?")
			.params(minLat, maxLat, minLng, maxLng)
			.query(CameraRows::map)
			.list();
	}

	/** How many active cameras of the scope are online and offline. */
	public Map<CameraStatus, Long> countsByStatus(DataScope scope) {
		Map<CameraStatus, Long> counts = new HashMap<>();
		for (CameraStatus status : CameraStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("SELECT status, count(*) AS n FROM video_camera WHERE active AND " + scope.sqlCondition("station_code")
				+ " GROUP BY status")
			.params(scope.sqlParameters())
			.query((rs, i) -> counts.put(CameraStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	public void insert(Camera camera, Instant now) {
		jdbc.sql("INSERT INTO video_camera (" + COLUMNS + ", created_at, updated_at) "
				+ "VALUES (:code, :name, :source, :lat, :lng, :grid, :station, :direction, :status, :changed, :owner, :place, :active, :demo, :now, :now)")
			.params(params(camera))
			.param("now", Timestamp.from(now))
			.update();
	}

	public void update(Camera camera, Instant now) {
		jdbc.sql("UPDATE video_camera SET name = :name, source = :source, lat = :lat, lng = :lng, grid_code = :grid, "
				+ "station_code = :station, direction = :direction, status = :status, status_changed_at = :changed, "
				+ "owner = :owner, place_id = :place, active = :active, demo = :demo, updated_at = :now WHERE code = :code")
			.params(params(camera))
			.param("now", Timestamp.from(now))
			.update();
	}

	private static Map<String, Object> params(Camera c) {
		Map<String, Object> p = new HashMap<>();
		p.put("code", c.code());
		p.put("name", c.name());
		p.put("source", c.source().name());
		p.put("lat", c.lat());
		p.put("lng", c.lng());
		p.put("grid", c.gridCode());
		p.put("station", c.stationCode());
		p.put("direction", c.direction());
		p.put("status", c.status().name());
		p.put("changed", Timestamp.from(c.statusChangedAt()));
		p.put("owner", c.owner());
		p.put("place", c.placeId());
		p.put("active", c.active());
		p.put("demo", c.demo());
		return p;
	}

	public static Camera map(ResultSet rs, int row) throws SQLException {
		int direction = rs.getInt("direction");
		Integer dir = rs.wasNull() ? null : direction;
		return new Camera(rs.getString("code"), rs.getString("name"), CameraSource.valueOf(rs.getString("source")),
				rs.getDouble("lat"), rs.getDouble("lng"), rs.getString("grid_code"), rs.getString("station_code"), dir,
				CameraStatus.valueOf(rs.getString("status")), rs.getTimestamp("status_changed_at").toInstant(),
				rs.getString("owner"), rs.getObject("place_id", UUID.class), rs.getBoolean("active"), rs.getBoolean("demo"));
	}
}
