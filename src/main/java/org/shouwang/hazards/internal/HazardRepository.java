package org.shouwang.hazards.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.hazards.HazardCategory;
import org.shouwang.hazards.HazardFilter;
import org.shouwang.hazards.HazardSeverity;
import org.shouwang.hazards.HazardSource;
import org.shouwang.hazards.HazardStatus;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hazard table: the aggregate's loading and saving, scoped lists, numbers, bulk import and counting. */
@Repository
public class HazardRepository {

	static final String COLUMNS = """
			id, number, source, source_reference, category, severity, status, place, lat, lng, grid_code, station_code,
			description, found_on, found_by, deadline, responsible_party, ordered_at, rectified_on, rectification_note,
			verified_on, verified_by, verification_note, escalated_at, photo IS NOT NULL AS has_photo, demo, version\s""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	HazardRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The hazard with this id or number if the scope may see it. */
	public Optional<HazardRecord> find(String idOrNumber, DataScope scope) {
		UUID id = parseUuid(idOrNumber);
		String where = id != null ? "id = :key" : "number = :key";
		return jdbc.sql("SELECT " + COLUMNS + " FROM hazard WHERE " + where + " AND " + scope.sqlCondition("station_code"))
			.param("key", id != null ? id : idOrNumber)
			.params(scope.sqlParameters())
			.query(HazardRepository::map)
			.optional();
	}

	/** The hazard with this id whatever its station (for listeners and jobs that already hold its id). */
	public Optional<HazardRecord> findById(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM hazard WHERE id = ?").param(id).query(HazardRepository::map).optional();
	}

	/** The next number of a station's hazards of a year: YH-WB01-2025-0001. */
	public String nextNumber(String stationCode, int year) {
		return format(stationCode, year, reserveNumbers(stationCode, year, 1));
	}

	/** Reserves {@code count} numbers of a station's year and answers the first one's sequence. */
	public int reserveNumbers(String stationCode, int year, int count) {
		int last = jdbc.sql("""
				INSERT INTO hazard_number_counter (station_code, year, last) VALUES (?, ?, ?)
				ON CONFLICT (station_code, year) DO UPDATE SET last = hazard_number_counter.last + excluded.last
				RETURNING last""").params(stationCode, year, count).query(Integer.class).single();
		return last - count + 1;
	}

	static String format(String stationCode, int year, int sequence) {
		return "YH-" + stationCode + "-" + year + "-" + String.format("%04d", sequence);
	}

	public void insert(HazardRecord h, Instant now) {
		jdbc.sql("""
				INSERT INTO hazard (id, number, source, source_reference, category, severity, status, place, lat, lng,
				                    grid_code, station_code, description, found_on, found_by, deadline, responsible_party,
				                    ordered_at, demo, version, created_at, updated_at)
				VALUES (:id, :number, :source, :ref, :category, :severity, :status, :place, :lat, :lng, :grid, :station,
				        :description, :foundOn, :foundBy, :deadline, :party, :orderedAt, :demo, 0, :now, :now)""")
			.param("id", h.id)
			.param("number", h.number)
			.param("source", h.source.name())
			.param("ref", h.sourceReference)
			.param("category", h.category.name())
			.param("severity", h.severity.name())
			.param("status", h.status.name())
			.param("place", h.place)
			.param("lat", h.lat)
			.param("lng", h.lng)
			.param("grid", h.gridCode)
			.param("station", h.stationCode)
			.param("description", h.description)
			.param("foundOn", h.foundOn)
			.param("foundBy", h.foundBy)
			.param("deadline", h.deadline)
			.param("party", h.responsibleParty)
			.param("orderedAt", timestamp(h.orderedAt))
			.param("demo", h.demo)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Saves the changeable state; refuses (409) when another change came in between. */
	public void update(HazardRecord h, Instant now) {
		int updated = jdbc.sql("""
				UPDATE hazard SET status = :status, deadline = :deadline, responsible_party = :party, ordered_at = :orderedAt,
				       rectified_on = :rectifiedOn, rectification_note = :rectNote, verified_on = :verifiedOn,
				       verified_by = :verifiedBy, verification_note = :verNote, escalated_at = :escalatedAt,
				       version = version + 1, updated_at = :now
				WHERE id = :id AND version = :version""")
			.param("status", h.status.name())
			.param("deadline", h.deadline)
			.param("party", h.responsibleParty)
			.param("orderedAt", timestamp(h.orderedAt))
			.param("rectifiedOn", h.rectifiedOn)
			.param("rectNote", h.rectificationNote)
			.param("verifiedOn", h.verifiedOn)
			.param("verifiedBy", h.verifiedBy)
			.param("verNote", h.verificationNote)
			.param("escalatedAt", timestamp(h.escalatedAt))
			.param("now", Timestamp.from(now))
			.param("id", h.id)
			.param("version", h.version)
			.update();
		if (updated != 1) {
			throw new ConflictException("Hazard " + h.number + " was changed meanwhile; reload and try again");
		}
		h.version++;
	}

	public void savePhoto(UUID id, String type, byte[] content) {
		jdbc.sql("UPDATE hazard SET photo_type = ?, photo = ?, version = version + 1, updated_at = now() WHERE id = ?")
			.params(type, content, id)
			.update();
	}

	public Optional<Photo> photo(UUID id) {
		return jdbc.sql("SELECT photo_type, photo FROM hazard WHERE id = ? AND photo IS NOT NULL")
			.param(id)
			.query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	public record Photo(String type, byte[] content) {
	}

	/** One page of the scope's hazards matching the filter: overdue ones first, then by deadline, newest found first. */
	public Page<HazardRecord> list(HazardFilter f, LocalDate today, DataScope scope, int page, int size) {
		StringBuilder where = new StringBuilder(scope.sqlCondition("station_code"));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		params.put("today", today);
		condition(where, params, "station_code", "station", blankToNull(f.stationCode()));
		condition(where, params, "grid_code", "grid", blankToNull(f.gridCode()));
		condition(where, params, "status", "status", f.status() == null ? null : f.status().name());
		condition(where, params, "source", "source", f.source() == null ? null : f.source().name());
		condition(where, params, "category", "category", f.category() == null ? null : f.category().name());
		condition(where, params, "severity", "severity", f.severity() == null ? null : f.severity().name());
		condition(where, params, "source_reference", "ref", blankToNull(f.sourceReference()));
		if (Boolean.TRUE.equals(f.open())) {
			where.append(" AND status IN ('FOUND', 'RECTIFICATION_ORDERED')");
		}
		else if (Boolean.FALSE.equals(f.open())) {
			where.append(" AND status IN ('RECTIFIED', 'VERIFIED')");
		}
		if (Boolean.TRUE.equals(f.overdue())) {
			where.append(" AND status IN ('FOUND', 'RECTIFICATION_ORDERED') AND deadline < :today");
		}
		else if (Boolean.FALSE.equals(f.overdue())) {
			where.append(" AND NOT (status IN ('FOUND', 'RECTIFICATION_ORDERED') AND deadline IS NOT NULL AND deadline < :today)");
		}
		long total = jdbc.sql("SELECT count(*) FROM hazard WHERE " + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<HazardRecord> items = jdbc.sql("SELECT " + COLUMNS + " FROM hazard WHERE " + where + """
				\sORDER BY coalesce(status IN ('FOUND', 'RECTIFICATION_ORDERED') AND deadline < :today, false) DESC,
				          (status IN ('FOUND', 'RECTIFICATION_ORDERED')) DESC, deadline ASC NULLS LAST, found_on DESC, number
				 LIMIT :limit OFFSET :offset""").params(params).query(HazardRepository::map).list();
		return new Page<>(items, page, size, total);
	}

	/** Per station: open hazards and open overdue hazards (within the scope). */
	public Map<String, long[]> openCounts(LocalDate today, DataScope scope) {
		Map<String, long[]> result = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT station_code, count(*), count(*) FILTER (WHERE deadline < :today)
				FROM hazard WHERE status IN ('FOUND', 'RECTIFICATION_ORDERED') AND""" + " " + scope.sqlCondition("station_code") + """
				\sGROUP BY station_code ORDER BY station_code""")
			.param("today", today)
			.params(scope.sqlParameters())
			.query((ResultSet rs) -> {
				result.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		return result;
	}

	/** The ids of open hazards past their deadline that were not escalated yet (whole branch). */
	public List<UUID> overdueNotEscalated(LocalDate today) {
		return jdbc.sql("""
				SELECT id FROM hazard WHERE status IN ('FOUND', 'RECTIFICATION_ORDERED') AND deadline < ?
				AND escalated_at IS NULL ORDER BY deadline, number""").param(today).query(UUID.class).list();
	}

	// ---- idempotency

	public Optional<IdempotentRequest> findRequest(String key) {
		return jdbc.sql("SELECT request_hash, hazard_id FROM hazard_idempotency WHERE idempotency_key = ?")
			.param(key)
			.query((rs, n) -> new IdempotentRequest(rs.getString(1), rs.getObject(2, UUID.class)))
			.optional();
	}

	/** Records the key's request; false when another request claimed the key first. */
	public boolean recordRequest(String key, String hash, UUID hazardId, Instant now) {
		return jdbc.sql("""
				INSERT INTO hazard_idempotency (idempotency_key, request_hash, hazard_id, created_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (idempotency_key) DO NOTHING""").params(key, hash, hazardId, Timestamp.from(now)).update() == 1;
	}

	public record IdempotentRequest(String hash, UUID hazardId) {
	}

	// ---- bulk

	/** Writes prepared rows in one multi-row insert per call (the bulk import). */
	public void insertAll(List<HazardRecord> rows, Instant now) {
		template.execute((java.sql.Connection connection) -> {
			try (PreparedStatement ps = connection.prepareStatement("""
					INSERT INTO hazard (id, number, source, source_reference, category, severity, status, place, lat, lng,
					                    grid_code, station_code, description, found_on, found_by, deadline,
					                    responsible_party, ordered_at, rectified_on, rectification_note, verified_on,
					                    verified_by, demo, version, created_at, updated_at)
					SELECT id::uuid, number, source, ref, category, severity, status, place, lat, lng, grid, station,
					       description, found_on::date, found_by, deadline::date, party,
					       CASE WHEN deadline IS NULL THEN NULL ELSE found_on::date::timestamptz END,
					       rectified_on::date, rect_note, verified_on::date, verified_by, demo, 0, ?, ?
					FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
					            ?::float8[], ?::float8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
					            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[])
					     AS t(id, number, source, ref, category, severity, status, place, lat, lng, grid, station,
					          description, found_on, found_by, deadline, party, rectified_on, rect_note, verified_on,
					          verified_by, demo)""")) {
				int n = rows.size();
				Object[][] c = new Object[22][n];
				for (int i = 0; i < n; i++) {
					HazardRecord h = rows.get(i);
					Object[] v = { h.id.toString(), h.number, h.source.name(), h.sourceReference, h.category.name(),
							h.severity.name(), h.status.name(), h.place, h.lat, h.lng, h.gridCode, h.stationCode,
							h.description, text(h.foundOn), h.foundBy, text(h.deadline), h.responsibleParty,
							text(h.rectifiedOn), h.rectificationNote, text(h.verifiedOn), h.verifiedBy, h.demo };
					for (int k = 0; k < v.length; k++) {
						c[k][i] = v[k];
					}
				}
				ps.setTimestamp(1, Timestamp.from(now));
				ps.setTimestamp(2, Timestamp.from(now));
				String[] types = { "text", "text", "text", "text", "text", "text", "text", "text", "float8", "float8",
						"text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "bool" };
				for (int k = 0; k < types.length; k++) {
					ps.setArray(3 + k, connection.createArrayOf(types[k], c[k]));
				}
				ps.executeUpdate();
				return null;
			}
		});
	}

	// ---- counting (the indicators)

	/** Each hazard with its source, status, dates, station, grid and category, matching the SQL condition. */
	public void forEach(String condition, Map<String, Object> params, Consumer<HazardRecord> sink) {
		jdbc.sql("SELECT " + COLUMNS + " FROM hazard WHERE " + condition).params(params).query((ResultSet rs) -> {
			sink.accept(map(rs, 0));
		});
	}

	public long count(String condition, Map<String, Object> params) {
		return jdbc.sql("SELECT count(*) FROM hazard WHERE " + condition).params(params).query(Long.class).single();
	}

	public List<HazardRecord> page(String condition, Map<String, Object> params, String order, int page, int size) {
		Map<String, Object> p = new HashMap<>(params);
		p.put("limit", size);
		p.put("offset", Page.offset(page, size));
		return jdbc.sql("SELECT " + COLUMNS + " FROM hazard WHERE " + condition + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset").params(p).query(HazardRepository::map).list();
	}

	// ---- mapping

	static HazardRecord map(ResultSet rs, int row) throws SQLException {
		HazardRecord h = new HazardRecord(rs.getObject("id", UUID.class), rs.getString("number"),
				HazardSource.valueOf(rs.getString("source")), rs.getString("source_reference"),
				HazardCategory.valueOf(rs.getString("category")), HazardSeverity.valueOf(rs.getString("severity")),
				rs.getString("place"), (Double) rs.getObject("lat"), (Double) rs.getObject("lng"),
				rs.getString("grid_code"), rs.getString("station_code"), rs.getString("description"),
				rs.getObject("found_on", LocalDate.class), rs.getString("found_by"), rs.getBoolean("demo"),
				rs.getBoolean("has_photo"), HazardStatus.valueOf(rs.getString("status")), rs.getInt("version"));
		h.deadline = rs.getObject("deadline", LocalDate.class);
		h.responsibleParty = rs.getString("responsible_party");
		h.orderedAt = instant(rs.getTimestamp("ordered_at"));
		h.rectifiedOn = rs.getObject("rectified_on", LocalDate.class);
		h.rectificationNote = rs.getString("rectification_note");
		h.verifiedOn = rs.getObject("verified_on", LocalDate.class);
		h.verifiedBy = rs.getString("verified_by");
		h.verificationNote = rs.getString("verification_note");
		h.escalatedAt = instant(rs.getTimestamp("escalated_at"));
		return h;
	}

	private static void condition(StringBuilder where, Map<String, Object> params, String column, String name, Object value) {
		if (value != null) {
			where.append(" AND ").append(column).append(" = :").append(name);
			params.put(name, value);
		}
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static Timestamp timestamp(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	private static String text(LocalDate d) {
		return d == null ? null : d.toString();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static UUID parseUuid(String s) {
		if (s == null || s.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(s);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static List<Object> list(Object... values) {
		return new ArrayList<>(List.of(values));
	}
}
