package org.shouwang.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.locationtech.jts.geom.Envelope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The geography tables, read and written with plain JDBC; geometries travel as WKT. */
@Repository
class GeographyRepository {

	private static final String GRID_SELECT = """
			SELECT g.code, g.name, g.station_code, j.station_name, g.grid_type, g.wkt, g.area_m2, g.active, g.demo
			FROM geo_grid g JOIN geo_jurisdiction j ON j.station_code = g.station_code
			""";

	private final JdbcClient jdbc;

	GeographyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// district

	Optional<District> district() {
		return jdbc.sql("SELECT name, wkt, demo FROM geo_district WHERE id = 1")
			.query((rs, n) -> new District(rs.getString("name"), Shapes.fromWkt(rs.getString("wkt")), rs.getBoolean("demo")))
			.optional();
	}

	void saveDistrict(District district) {
		Envelope box = district.geometry().getEnvelopeInternal();
		jdbc.sql("""
				INSERT INTO geo_district (id, name, wkt, min_lat, min_lng, max_lat, max_lng, demo)
				VALUES (1, :name, :wkt, :minLat, :minLng, :maxLat, :maxLng, :demo)
				ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, wkt = EXCLUDED.wkt, min_lat = EXCLUDED.min_lat,
				  min_lng = EXCLUDED.min_lng, max_lat = EXCLUDED.max_lat, max_lng = EXCLUDED.max_lng, demo = EXCLUDED.demo
				""")
			.param("name", district.name())
			.param("wkt", Shapes.toWkt(district.geometry()))
			.params(bbox(box))
			.param("demo", district.demo())
			.update();
	}

	// jurisdictions

	List<Jurisdiction> jurisdictions() {
		return jdbc.sql("SELECT * FROM geo_jurisdiction ORDER BY station_code").query(this::mapJurisdiction).list();
	}

	Optional<Jurisdiction> jurisdiction(String stationCode) {
		return jdbc.sql("SELECT * FROM geo_jurisdiction WHERE station_code = ?").param(stationCode)
			.query(this::mapJurisdiction)
			.optional();
	}

	void saveJurisdiction(Jurisdiction j) {
		jdbc.sql("""
				INSERT INTO geo_jurisdiction (station_code, station_name, area_type, wkt, min_lat, min_lng, max_lat, max_lng, area_m2, demo)
				VALUES (:code, :name, :type, :wkt, :minLat, :minLng, :maxLat, :maxLng, :area, :demo)
				ON CONFLICT (station_code) DO UPDATE SET station_name = EXCLUDED.station_name, area_type = EXCLUDED.area_type,
				  wkt = EXCLUDED.wkt, min_lat = EXCLUDED.min_lat, min_lng = EXCLUDED.min_lng, max_lat = EXCLUDED.max_lat,
				  max_lng = EXCLUDED.max_lng, area_m2 = EXCLUDED.area_m2, demo = EXCLUDED.demo
				""")
			.param("code", j.stationCode())
			.param("name", j.stationName())
			.param("type", j.areaType().name())
			.param("wkt", Shapes.toWkt(j.geometry()))
			.params(bbox(j.geometry().getEnvelopeInternal()))
			.param("area", j.areaM2())
			.param("demo", j.demo())
			.update();
	}

	private Jurisdiction mapJurisdiction(ResultSet rs, int row) throws SQLException {
		return new Jurisdiction(rs.getString("station_code"), rs.getString("station_name"),
				GridType.valueOf(rs.getString("area_type")), Shapes.fromWkt(rs.getString("wkt")), rs.getDouble("area_m2"),
				rs.getBoolean("demo"));
	}

	// grids

	List<Grid> grids() {
		return jdbc.sql(GRID_SELECT + " ORDER BY g.code").query(this::mapGrid).list();
	}

	Optional<Grid> grid(String code) {
		return jdbc.sql(GRID_SELECT + " WHERE g.code = ?").param(code).query(this::mapGrid).optional();
	}

	int deleteAllGrids() {
		return jdbc.sql("DELETE FROM geo_grid").update();
	}

	void insertGrid(Grid grid) {
		jdbc.sql("""
				INSERT INTO geo_grid (code, name, station_code, grid_type, wkt, min_lat, min_lng, max_lat, max_lng, area_m2, active, demo)
				VALUES (:code, :name, :station, :type, :wkt, :minLat, :minLng, :maxLat, :maxLng, :area, :active, :demo)
				""")
			.param("code", grid.code())
			.param("name", grid.name())
			.param("station", grid.stationCode())
			.param("type", grid.type().name())
			.param("wkt", Shapes.toWkt(grid.geometry()))
			.params(bbox(grid.geometry().getEnvelopeInternal()))
			.param("area", grid.areaM2())
			.param("active", grid.active())
			.param("demo", grid.demo())
			.update();
	}

	private Grid mapGrid(ResultSet rs, int row) throws SQLException {
		return new Grid(rs.getString("code"), rs.getString("name"), rs.getString("station_code"),
				rs.getString("station_name"), GridType.valueOf(rs.getString("grid_type")), Shapes.fromWkt(rs.getString("wkt")),
				rs.getDouble("area_m2"), rs.getBoolean("active"), rs.getBoolean("demo"));
	}

	// places

	List<Place> places(PlaceKind kind) {
		String where = kind == null ? "" : " WHERE kind = :kind";
		var spec = jdbc.sql("SELECT * FROM geo_place" + where + " ORDER BY kind, name, id");
		if (kind != null) {
			spec = spec.param("kind", kind.name());
		}
		return spec.query(this::mapPlace).list();
	}

	Optional<Place> place(UUID id) {
		return jdbc.sql("SELECT * FROM geo_place WHERE id = ?").param(id).query(this::mapPlace).optional();
	}

	Map<PlaceKind, Long> placeCounts() {
		Map<PlaceKind, Long> counts = new java.util.EnumMap<>(PlaceKind.class);
		for (PlaceKind kind : PlaceKind.values()) {
			counts.put(kind, 0L);
		}
		jdbc.sql("SELECT kind, count(*) AS n FROM geo_place GROUP BY kind")
			.query(rs -> {
				counts.put(PlaceKind.valueOf(rs.getString("kind")), rs.getLong("n"));
			});
		return counts;
	}

	void insertPlace(Place p) {
		jdbc.sql("""
				INSERT INTO geo_place (id, kind, name, address, lat, lng, grid_code, station_code, demo)
				VALUES (:id, :kind, :name, :address, :lat, :lng, :grid, :station, :demo)
				""")
			.param("id", p.id())
			.param("kind", p.kind().name())
			.param("name", p.name())
			.param("address", p.address())
			.param("lat", p.lat())
			.param("lng", p.lng())
			.param("grid", p.gridCode())
			.param("station", p.stationCode())
			.param("demo", p.demo())
			.update();
	}

	void updatePlaceLocation(UUID id, Location location) {
		jdbc.sql("UPDATE geo_place SET grid_code = ?, station_code = ? WHERE id = ?")
			.params(location.gridCode(), location.stationCode(), id)
			.update();
	}

	int deleteAllPlaces() {
		return jdbc.sql("DELETE FROM geo_place").update();
	}

	private Place mapPlace(ResultSet rs, int row) throws SQLException {
		return new Place(rs.getObject("id", UUID.class), PlaceKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("address"), rs.getDouble("lat"), rs.getDouble("lng"), rs.getString("grid_code"),
				rs.getString("station_code"), rs.getBoolean("demo"));
	}

	private static Map<String, Object> bbox(Envelope box) {
		return Map.of("minLat", box.getMinY(), "minLng", box.getMinX(), "maxLat", box.getMaxY(), "maxLng", box.getMaxX());
	}
}
