package org.shouwang.organization;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code duty_unit} table. */
@Repository
class DutyUnits {

	private static final String SELECT = """
			SELECT d.id, d.call_sign, d.kind, s.code AS station_code, s.name AS station_name,
			       w.code AS owner_code, w.name AS owner_name, d.capabilities, d.active, d.demo
			FROM duty_unit d JOIN org_unit s ON s.id = d.station_id JOIN org_unit w ON w.id = d.owner_id
			""";

	private final JdbcClient jdbc;

	DutyUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DutyUnit> findById(long id) {
		return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(DutyUnits::map).optional();
	}

	Optional<DutyUnit> findByCallSign(String callSign) {
		return jdbc.sql(SELECT + " WHERE d.call_sign = ?").param(callSign).query(DutyUnits::map).optional();
	}

	Optional<Long> idOfCallSign(String callSign) {
		return jdbc.sql("SELECT id FROM duty_unit WHERE call_sign = ?").param(callSign).query(Long.class).optional();
	}

	List<DutyUnit> findAll(DutyUnitFilter filter) {
		Query query = query(filter, DataScope.branch());
		return jdbc.sql(SELECT + query.where + " ORDER BY s.sort_order, s.code, d.call_sign")
			.params(query.params)
			.query(DutyUnits::map)
			.list();
	}

	/** One page of the duty units matching the filter whose home station lies in the scope. */
	Page<DutyUnit> find(DutyUnitFilter filter, DataScope scope, int page, int size) {
		Query query = query(filter, scope);
		long total = jdbc.sql("SELECT count(*) FROM duty_unit d JOIN org_unit s ON s.id = d.station_id" + query.where)
			.params(query.params)
			.query(Long.class)
			.single();
		Map<String, Object> params = new TreeMap<>(query.params);
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<DutyUnit> items = jdbc.sql(SELECT + query.where + " ORDER BY s.sort_order, s.code, d.call_sign LIMIT :limit OFFSET :offset")
			.params(params)
			.query(DutyUnits::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	private record Query(String where, Map<String, Object> params) {
	}

	private static Query query(DutyUnitFilter filter, DataScope scope) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new TreeMap<>();
		if (!scope.branchWide()) {
			conditions.add(scope.sqlCondition("s.code"));
			params.putAll(scope.sqlParameters());
		}
		if (filter.stationCode() != null && !filter.stationCode().isBlank()) {
			conditions.add("s.code = :station");
			params.put("station", filter.stationCode());
		}
		if (filter.kind() != null) {
			conditions.add("d.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.active() != null) {
			conditions.add("d.active = :active");
			params.put("active", filter.active());
		}
		return new Query(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	long insert(DutyUnitInput input, long stationId, long ownerId, boolean demo) {
		return jdbc.sql("""
				INSERT INTO duty_unit (call_sign, kind, station_id, owner_id, capabilities, demo)
				VALUES (:callSign, :kind, :station, :owner, string_to_array(:capabilities, ','), :demo) RETURNING id""")
			.param("callSign", input.callSign().strip())
			.param("kind", input.kind().name())
			.param("station", stationId)
			.param("owner", ownerId)
			.param("capabilities", capabilities(input))
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	void update(long id, DutyUnitInput input, long stationId, long ownerId) {
		jdbc.sql("""
				UPDATE duty_unit SET call_sign = :callSign, kind = :kind, station_id = :station, owner_id = :owner,
				       capabilities = string_to_array(:capabilities, ','), updated_at = now()
				WHERE id = :id""")
			.param("callSign", input.callSign().strip())
			.param("kind", input.kind().name())
			.param("station", stationId)
			.param("owner", ownerId)
			.param("capabilities", capabilities(input))
			.param("id", id)
			.update();
	}

	void setActive(long id, boolean active) {
		jdbc.sql("UPDATE duty_unit SET active = ?, updated_at = now() WHERE id = ?").params(active, id).update();
	}

	long activeOf(long unitId) {
		return jdbc.sql("SELECT count(*) FROM duty_unit WHERE (station_id = ? OR owner_id = ?) AND active")
			.params(unitId, unitId)
			.query(Long.class)
			.single();
	}

	long homedAt(long stationId) {
		return jdbc.sql("SELECT count(*) FROM duty_unit WHERE station_id = ?").param(stationId).query(Long.class).single();
	}

	private static String capabilities(DutyUnitInput input) {
		return String.join(",", input.capabilities().stream().sorted().map(Enum::name).toList());
	}

	static DutyUnit map(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("capabilities");
		List<Capability> capabilities = array == null ? List.of()
				: Arrays.stream((String[]) array.getArray()).map(Capability::valueOf).sorted().toList();
		return new DutyUnit(rs.getLong("id"), rs.getString("call_sign"), DutyUnitKind.valueOf(rs.getString("kind")),
				rs.getString("station_code"), rs.getString("station_name"), rs.getString("owner_code"),
				rs.getString("owner_name"), capabilities, rs.getBoolean("active"), rs.getBoolean("demo"));
	}
}
