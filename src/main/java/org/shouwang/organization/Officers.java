package org.shouwang.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.shouwang.platform.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code officer} table. */
@Repository
class Officers {

	private static final String SELECT = """
			SELECT o.id, o.badge_number, o.name, o.rank, o.role, u.code AS unit_code, u.name AS unit_name,
			       o.work_phone, o.active, o.demo
			FROM officer o JOIN org_unit u ON u.id = o.unit_id
			""";

	private final JdbcClient jdbc;

	Officers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Officer> findById(long id) {
		return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(Officers::map).optional();
	}

	Optional<Officer> findByBadge(String badge) {
		return jdbc.sql(SELECT + " WHERE o.badge_number = ?").param(badge).query(Officers::map).optional();
	}

	Optional<Long> idOfBadge(String badge) {
		return jdbc.sql("SELECT id FROM officer WHERE badge_number = ?").param(badge).query(Long.class).optional();
	}

	Page<Officer> find(OfficerFilter filter, List<String> unitCodes, int page, int size) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new TreeMap<>();
		if (unitCodes != null && unitCodes.isEmpty()) {
			return new Page<>(List.of(), page, size, 0);
		}
		if (unitCodes != null) {
			conditions.add("u.code IN (:units)");
			params.put("units", unitCodes);
		}
		if (filter.role() != null) {
			conditions.add("o.role = :role");
			params.put("role", filter.role().name());
		}
		if (filter.rank() != null) {
			conditions.add("o.rank = :rank");
			params.put("rank", filter.rank().name());
		}
		if (filter.active() != null) {
			conditions.add("o.active = :active");
			params.put("active", filter.active());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			conditions.add("(o.name LIKE :q ESCAPE '\\' OR o.badge_number LIKE :q ESCAPE '\\')");
			params.put("q", "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT count(*) FROM officer o JOIN org_unit u ON u.id = o.unit_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<Officer> items = jdbc.sql(OrgUnits.TREE_ORDER + SELECT + " LEFT JOIN tree_order t ON t.id = u.id" + where
				+ " ORDER BY t.path, o.badge_number LIMIT :limit OFFSET :offset")
			.params(params)
			.query(Officers::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	long insert(OfficerInput input, long unitId, boolean demo) {
		return jdbc.sql("""
				INSERT INTO officer (badge_number, name, rank, role, unit_id, work_phone, demo)
				VALUES (:badge, :name, :rank, :role, :unit, :phone, :demo) RETURNING id""")
			.param("badge", input.badgeNumber())
			.param("name", input.name().strip())
			.param("rank", input.rank().name())
			.param("role", input.role().name())
			.param("unit", unitId)
			.param("phone", blankToNull(input.workPhone()))
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	void update(long id, OfficerInput input, long unitId) {
		jdbc.sql("""
				UPDATE officer SET badge_number = :badge, name = :name, rank = :rank, role = :role, unit_id = :unit,
				       work_phone = :phone, updated_at = now()
				WHERE id = :id""")
			.param("badge", input.badgeNumber())
			.param("name", input.name().strip())
			.param("rank", input.rank().name())
			.param("role", input.role().name())
			.param("unit", unitId)
			.param("phone", blankToNull(input.workPhone()))
			.param("id", id)
			.update();
	}

	void setActive(long id, boolean active) {
		jdbc.sql("UPDATE officer SET active = ?, updated_at = now() WHERE id = ?").params(active, id).update();
	}

	long activeInUnit(long unitId) {
		return jdbc.sql("SELECT count(*) FROM officer WHERE unit_id = ? AND active").param(unitId).query(Long.class).single();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static Officer map(ResultSet rs, int row) throws SQLException {
		return new Officer(rs.getLong("id"), rs.getString("badge_number"), rs.getString("name"),
				PoliceRank.valueOf(rs.getString("rank")), OfficerRole.valueOf(rs.getString("role")),
				rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("work_phone"),
				rs.getBoolean("active"), rs.getBoolean("demo"));
	}
}
