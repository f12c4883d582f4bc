package org.shouwang.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.inspection.PremisesFilter;
import org.shouwang.inspection.PremisesStatus;
import org.shouwang.inspection.PremisesType;
import org.shouwang.inspection.RiskLevel;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code inspection_premises} table, always read within a data scope. */
@Repository
public class PremisesRegistry {

	/** A row of the list: the premises with their last inspection. */
	public record Row(Premises premises, LocalDate registeredOn, LocalDate lastInspectedOn) {

		/** The last inspection (or the registration) plus the risk's interval. */
		public LocalDate nextDueOn() {
			return (lastInspectedOn != null ? lastInspectedOn : registeredOn).plusDays(premises.riskLevel().intervalDays());
		}
	}

	private static final String SELECT = """
			SELECT p.*, (p.created_at AT TIME ZONE 'Asia/Shanghai')::date AS registered_on,
			       (SELECT max(i.inspected_on) FROM inspection i WHERE i.premises_id = p.id) AS last_inspected_on
			FROM inspection_premises p
			""";

	/** The next due date as SQL, over {@link #SELECT}'s columns. */
	private static final String NEXT_DUE = """
			(coalesce((SELECT max(i.inspected_on) FROM inspection i WHERE i.premises_id = p.id),
			          (p.created_at AT TIME ZONE 'Asia/Shanghai')::date)
			 + CASE p.risk_level WHEN 'HIGH' THEN 30 WHEN 'MEDIUM' THEN 60 ELSE 90 END)""";

	private final JdbcClient jdbc;

	PremisesRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String nextNumber(String prefix) {
		long n = jdbc.sql("SELECT nextval('inspection_number_seq')").query(Long.class).single();
		return "%s%06d".formatted(prefix, n);
	}

	public Optional<Row> find(UUID id, DataScope scope) {
		return jdbc.sql(SELECT + " WHERE p.id = :id AND " + scope.sqlCondition("p.station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query(PremisesRegistry::row)
			.optional();
	}

	public Page<Row> list(PremisesFilter filter, LocalDate today, DataScope scope, int page, int size) {
		List<String> where = new ArrayList<>(List.of(scope.sqlCondition("p.station_code")));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (filter.type() != null) {
			where.add("p.type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.status() != null) {
			where.add("p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.stationCode() != null && !filter.stationCode().isBlank()) {
			where.add("p.station_code = :station");
			params.put("station", filter.stationCode().strip());
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.add("p.status = 'OPERATING' AND " + NEXT_DUE + " < :today");
			params.put("today", today);
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.add("(p.name LIKE :q ESCAPE '\\' OR p.number LIKE :q ESCAPE '\\' OR p.licence_number LIKE :q ESCAPE '\\')");
			params.put("q", "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String condition = " WHERE " + String.join(" AND ", where);
		long total = jdbc.sql("SELECT count(*) FROM inspection_premises p" + condition).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		String order = Boolean.TRUE.equals(filter.overdue()) ? NEXT_DUE + ", p.number" : "p.number";
		List<Row> rows = jdbc.sql(SELECT + condition + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query(PremisesRegistry::row)
			.list();
		return new Page<>(rows, page, size, total);
	}

	public void insert(Premises p) {
		jdbc.sql("""
				INSERT INTO inspection_premises (id, number, name, type, licence_number, licence_date, responsible_person,
				    responsible_phone, address, lat, lng, station_code, grid_code, risk_level, status, suspended_until, demo)
				VALUES (:id, :number, :name, :type, :licence, :licenceDate, :person, :phone, :address, :lat, :lng, :station,
				    :grid, :risk, :status, :until, :demo)""")
			.params(fields(p))
			.param("number", p.number())
			.param("type", p.type().name())
			.param("demo", p.demo())
			.update();
	}

	/** Writes the changed premises; refuses a change made on a stale version (409). */
	public void update(Premises p) {
		int updated = jdbc.sql("""
				UPDATE inspection_premises SET name = :name, licence_number = :licence, licence_date = :licenceDate,
				    responsible_person = :person, responsible_phone = :phone, address = :address, lat = :lat, lng = :lng,
				    station_code = :station, grid_code = :grid, risk_level = :risk, status = :status,
				    suspended_until = :until, version = version + 1, updated_at = now()
				WHERE id = :id AND version = :version""")
			.params(fields(p))
			.param("version", p.version())
			.update();
		if (updated != 1) {
			throw new ConflictException("The premises were changed meanwhile; reload and try again");
		}
	}

	/** Ids of suspended premises whose suspension ended before {@code today}. */
	public List<UUID> suspensionsOver(LocalDate today) {
		return jdbc.sql("SELECT id FROM inspection_premises WHERE status = 'SUSPENDED' AND suspended_until < ?")
			.param(today)
			.query(UUID.class)
			.list();
	}

	public boolean licenceTaken(PremisesType type, String licenceNumber, UUID except) {
		return jdbc.sql("SELECT count(*) FROM inspection_premises WHERE type = ? AND licence_number = ? AND id <> ?")
			.params(type.name(), licenceNumber.strip(), except == null ? new UUID(0, 0) : except)
			.query(Long.class)
			.single() > 0;
	}

	private static Map<String, Object> fields(Premises p) {
		Map<String, Object> m = new HashMap<>();
		m.put("id", p.id());
		m.put("name", p.name());
		m.put("licence", p.licenceNumber());
		m.put("licenceDate", p.licenceDate());
		m.put("person", p.responsiblePerson());
		m.put("phone", p.responsiblePhone());
		m.put("address", p.address());
		m.put("lat", p.lat());
		m.put("lng", p.lng());
		m.put("station", p.stationCode());
		m.put("grid", p.gridCode());
		m.put("risk", p.riskLevel().name());
		m.put("status", p.status().name());
		m.put("until", p.suspendedUntil());
		return m;
	}

	static Row row(ResultSet rs, int n) throws SQLException {
		Premises p = new Premises(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("name"),
				PremisesType.valueOf(rs.getString("type")), rs.getString("licence_number"),
				rs.getObject("licence_date", LocalDate.class), rs.getString("responsible_person"),
				rs.getString("responsible_phone"), rs.getString("address"), rs.getDouble("lat"), rs.getDouble("lng"),
				rs.getString("station_code"), rs.getString("grid_code"), RiskLevel.valueOf(rs.getString("risk_level")),
				PremisesStatus.valueOf(rs.getString("status")), rs.getObject("suspended_until", LocalDate.class),
				rs.getBoolean("demo"), rs.getLong("version"));
		return new Row(p, rs.getObject("registered_on", LocalDate.class), rs.getObject("last_inspected_on", LocalDate.class));
	}
}
