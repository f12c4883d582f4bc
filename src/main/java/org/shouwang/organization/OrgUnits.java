package org.shouwang.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code org_unit} table. */
@Repository
class OrgUnits {

	private static final String SELECT = """
			SELECT u.id, u.code, u.name, u.kind, p.code AS parent_code, u.sort_order, u.active, u.demo
			FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
			""";

	private static final String ORDER = " ORDER BY u.sort_order, u.code";

	/** Each unit's position in the tree (depth-first, by sort order then code), for listing in tree order. */
	static final String TREE_ORDER = """
			WITH RECURSIVE tree_order(id, path) AS (
			    SELECT id, ARRAY[lpad(sort_order::text, 5, '0') || code]::text[] FROM org_unit WHERE parent_id IS NULL
			    UNION ALL
			    SELECT c.id, t.path || (lpad(c.sort_order::text, 5, '0') || c.code)
			    FROM org_unit c JOIN tree_order t ON c.parent_id = t.id)
			""";

	private final JdbcClient jdbc;

	OrgUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OrgUnit> findByCode(String code) {
		return jdbc.sql(SELECT + " WHERE u.code = ?").param(code).query(OrgUnits::map).optional();
	}

	/** Every unit, in tree order (depth-first). */
	List<OrgUnit> findAll() {
		return jdbc.sql(TREE_ORDER + SELECT + " LEFT JOIN tree_order t ON t.id = u.id ORDER BY t.path, u.code")
			.query(OrgUnits::map)
			.list();
	}

	List<OrgUnit> findByKind(OrgUnitKind kind, boolean activeOnly) {
		return jdbc.sql(SELECT + " WHERE u.kind = ? AND (u.active OR NOT ?)" + ORDER)
			.params(kind.name(), activeOnly)
			.query(OrgUnits::map)
			.list();
	}

	/** The unit's own code and the codes of every unit below it. */
	List<String> subtreeCodes(String code) {
		return jdbc.sql("""
				WITH RECURSIVE sub(id, code) AS (
				    SELECT id, code FROM org_unit WHERE code = ?
				    UNION ALL
				    SELECT c.id, c.code FROM org_unit c JOIN sub ON c.parent_id = sub.id)
				SELECT code FROM sub""").param(code).query(String.class).list();
	}

	/** The unit's ancestors, nearest first (without the unit itself). */
	List<OrgUnit> ancestors(String code) {
		return jdbc.sql("""
				WITH RECURSIVE up(id, parent_id, depth) AS (
				    SELECT id, parent_id, 0 FROM org_unit WHERE code = ?
				    UNION ALL
				    SELECT p.id, p.parent_id, up.depth + 1 FROM org_unit p JOIN up ON p.id = up.parent_id)
				""" + SELECT.replace("FROM org_unit u", "FROM up JOIN org_unit u ON u.id = up.id") + " WHERE up.depth > 0 ORDER BY up.depth")
			.param(code)
			.query(OrgUnits::map)
			.list();
	}

	boolean exists(String code) {
		return jdbc.sql("SELECT count(*) FROM org_unit WHERE code = ?").param(code).query(Long.class).single() > 0;
	}

	long insert(OrgUnitInput input, Long parentId, boolean demo) {
		return jdbc.sql("""
				INSERT INTO org_unit (code, name, kind, parent_id, sort_order, demo)
				VALUES (:code, :name, :kind, :parent, :sort, :demo) RETURNING id""")
			.param("code", input.code())
			.param("name", input.name().strip())
			.param("kind", input.kind().name())
			.param("parent", parentId)
			.param("sort", input.sortOrder() == null ? 0 : input.sortOrder())
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	void update(long id, OrgUnitInput input, Long parentId) {
		jdbc.sql("""
				UPDATE org_unit SET name = :name, kind = :kind, parent_id = :parent, sort_order = :sort, updated_at = now()
				WHERE id = :id""")
			.param("name", input.name().strip())
			.param("kind", input.kind().name())
			.param("parent", parentId)
			.param("sort", input.sortOrder() == null ? 0 : input.sortOrder())
			.param("id", id)
			.update();
	}

	void setActive(long id, boolean active) {
		jdbc.sql("UPDATE org_unit SET active = ?, updated_at = now() WHERE id = ?").params(active, id).update();
	}

	long activeChildren(long id) {
		return jdbc.sql("SELECT count(*) FROM org_unit WHERE parent_id = ? AND active").param(id).query(Long.class).single();
	}

	List<OrgUnitKind> childKinds(long id) {
		return jdbc.sql("SELECT DISTINCT kind FROM org_unit WHERE parent_id = ?")
			.param(id)
			.query((rs, n) -> OrgUnitKind.valueOf(rs.getString(1)))
			.list();
	}

	/** Active officers and active duty units directly attached to each unit, by unit code. */
	Map<String, long[]> activeCounts() {
		Map<String, long[]> counts = new HashMap<>();
		jdbc.sql("""
				SELECT u.code,
				       (SELECT count(*) FROM officer o WHERE o.unit_id = u.id AND o.active),
				       (SELECT count(*) FROM duty_unit d WHERE (d.owner_id = u.id OR d.station_id = u.id) AND d.active)
				FROM org_unit u""")
			.query(rs -> {
				counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		return counts;
	}

	static OrgUnit map(ResultSet rs, int row) throws SQLException {
		return new OrgUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrgUnitKind.valueOf(rs.getString("kind")), rs.getString("parent_code"), rs.getInt("sort_order"),
				rs.getBoolean("active"), rs.getBoolean("demo"));
	}
}
