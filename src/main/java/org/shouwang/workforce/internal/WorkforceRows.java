package org.shouwang.workforce.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;
import org.shouwang.workforce.CulturalEvent;
import org.shouwang.workforce.Difficulty;
import org.shouwang.workforce.Kinds;
import org.shouwang.workforce.StudySession;
import org.shouwang.workforce.WelfareVisit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workforce tables, read and written by this module only. */
@Repository
public class WorkforceRows {

	/** One table's list: its name, date column and row mapper. */
	public enum Table {
		STUDY("workforce_study_session", "held_on"), EVENTS("workforce_cultural_event", "held_on"),
		VISITS("workforce_welfare_visit", "visited_on"), DIFFICULTIES("workforce_difficulty", "raised_on");

		final String name;

		final String dateColumn;

		Table(String name, String dateColumn) {
			this.name = name;
			this.dateColumn = dateColumn;
		}
	}

	private final JdbcClient jdbc;

	WorkforceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(StudySession s, Instant now) {
		jdbc.sql("INSERT INTO workforce_study_session (id, unit_code, station_code, kind, topic, held_on, attendance, demo, "
				+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(s.id(), s.unitCode(), s.stationCode(), s.kind().name(), s.topic(), Date.valueOf(s.heldOn()),
					s.attendance(), s.demo(), Timestamp.from(now))
			.update();
	}

	public void insert(CulturalEvent e, Instant now) {
		jdbc.sql("INSERT INTO workforce_cultural_event (id, unit_code, station_code, kind, title, held_on, "
				+ "officer_participants, family_participants, demo, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(e.id(), e.unitCode(), e.stationCode(), e.kind().name(), e.title(), Date.valueOf(e.heldOn()),
					e.officerParticipants(), e.familyParticipants(), e.demo(), Timestamp.from(now))
			.update();
	}

	public void insert(WelfareVisit v, Instant now) {
		jdbc.sql("INSERT INTO workforce_welfare_visit (id, unit_code, station_code, occasion, visited_on, officer_badge, "
				+ "note, demo, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(v.id(), v.unitCode(), v.stationCode(), v.occasion().name(), Date.valueOf(v.visitedOn()),
					v.officerBadge(), v.note(), v.demo(), Timestamp.from(now))
			.update();
	}

	public void insert(Difficulty d, Instant now) {
		jdbc.sql("INSERT INTO workforce_difficulty (id, visit_id, unit_code, station_code, category, description, raised_on, "
				+ "status, resolved_on, resolution, demo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.visitId(), d.unitCode(), d.stationCode(), d.category().name(), d.description(),
					Date.valueOf(d.raisedOn()), d.status().name(), d.resolvedOn() == null ? null : Date.valueOf(d.resolvedOn()),
					d.resolution(), d.demo(), Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	/** Writes a resolution; false when someone else changed the difficulty first. */
	public boolean update(Difficulty d, Instant now) {
		return jdbc.sql("UPDATE workforce_difficulty SET status = ?, resolved_on = ?, resolution = ?, updated_at = ?, "
				+ "version = version + 1 WHERE id = ? AND version = ?")
			.params(d.status().name(), d.resolvedOn() == null ? null : Date.valueOf(d.resolvedOn()), d.resolution(),
					Timestamp.from(now), d.id(), d.version())
			.update() == 1;
	}

	public Optional<Difficulty> difficulty(UUID id) {
		return jdbc.sql("SELECT * FROM workforce_difficulty WHERE id = ?").param(id).query(WorkforceRows::difficulty)
			.optional();
	}

	public Optional<WelfareVisit> visit(UUID id) {
		return jdbc.sql("SELECT * FROM workforce_welfare_visit WHERE id = ?").param(id).query(WorkforceRows::visit)
			.optional();
	}

	public Optional<StudySession> session(UUID id) {
		return jdbc.sql("SELECT * FROM workforce_study_session WHERE id = ?").param(id).query(WorkforceRows::session)
			.optional();
	}

	public Optional<CulturalEvent> event(UUID id) {
		return jdbc.sql("SELECT * FROM workforce_cultural_event WHERE id = ?").param(id).query(WorkforceRows::event)
			.optional();
	}

	public Page<StudySession> sessions(DataScope scope, Integer year, String station, int page, int size) {
		return page(Table.STUDY, scope, year, station, page, size, WorkforceRows::session);
	}

	public Page<CulturalEvent> events(DataScope scope, Integer year, String station, int page, int size) {
		return page(Table.EVENTS, scope, year, station, page, size, WorkforceRows::event);
	}

	public Page<WelfareVisit> visits(DataScope scope, Integer year, String station, int page, int size) {
		return page(Table.VISITS, scope, year, station, page, size, WorkforceRows::visit);
	}

	public Page<Difficulty> difficulties(DataScope scope, Integer year, String station, int page, int size) {
		return page(Table.DIFFICULTIES, scope, year, station, page, size, WorkforceRows::difficulty);
	}

	private <T> Page<T> page(Table table, DataScope scope, Integer year, String station, int page, int size,
			RowMapper<T> mapper) {
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		String where = where(table.dateColumn, scope, year, station, params);
		long total = jdbc.sql("SELECT count(*) FROM " + table.name + " WHERE " + where).params(params).query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<T> items = jdbc.sql("SELECT * FROM " + table.name + " WHERE " + where + " ORDER BY " + table.dateColumn
				+ " DESC, created_at DESC, id LIMIT :limit OFFSET :offset").params(params).query(mapper).list();
		return new Page<>(items, page, size, total);
	}

	private static String where(String dateColumn, DataScope scope, Integer year, String station,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder(scope.sqlCondition("station_code"));
		if (year != null) {
			where.append(" AND ").append(dateColumn).append(" >= :from AND ").append(dateColumn).append(" < :to");
			params.put("from", Date.valueOf(LocalDate.of(year, 1, 1)));
			params.put("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)));
		}
		if (station != null && !station.isBlank()) {
			if (station.equals(DataScope.BRANCH)) {
				where.append(" AND station_code IS NULL");
			}
			else {
				where.append(" AND station_code = :station");
				params.put("station", station);
			}
		}
		return where.toString();
	}

	/** count(*) or sum({@code weight}) of a table's rows with {@code condition} whose {@code dateColumn} lies from {@code from} up to (not including) {@code to}. */
	public long total(String table, String dateColumn, String condition, String weight, LocalDate from, LocalDate to,
			DataScope scope, String station) {
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		String stationCondition = "";
		if (station != null) {
			stationCondition = " AND station_code = :station";
			params.put("station", station);
		}
		return jdbc.sql("SELECT coalesce(sum(" + weight + "), 0) FROM " + table + " WHERE " + condition + " AND "
				+ dateColumn + " >= :from AND " + dateColumn + " < :to AND " + scope.sqlCondition("station_code")
				+ stationCondition).params(params).query(Long.class).single();
	}

	/** A row behind an indicator. */
	public record FactRow(UUID id, LocalDate date, String stationCode, String category, long weight, String label) {
	}

	/** The rows of a table behind an indicator from {@code from} up to (not including) {@code to}, paged when {@code limit} is given. */
	public List<FactRow> facts(String table, String dateColumn, String condition, String weight, String category,
			String label, LocalDate from, LocalDate to, String station, Integer limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		String stationCondition = "";
		if (station != null) {
			stationCondition = " AND station_code = :station";
			params.put("station", station);
		}
		String page = "";
		if (limit != null) {
			page = " ORDER BY " + dateColumn + " DESC, id LIMIT :limit OFFSET :offset";
			params.put("limit", limit);
			params.put("offset", offset);
		}
		return jdbc.sql("SELECT id, " + dateColumn + " AS day, station_code, " + category + " AS category, " + weight
				+ " AS weight, " + label + " AS label FROM " + table + " WHERE " + condition + " AND " + dateColumn
				+ " >= :from AND " + dateColumn + " < :to" + stationCondition + page)
			.params(params)
			.query((rs, n) -> new FactRow(rs.getObject("id", UUID.class), rs.getObject("day", LocalDate.class),
					rs.getString("station_code"), rs.getString("category"), rs.getLong("weight"), rs.getString("label")))
			.list();
	}

	public long count(String table, String dateColumn, String condition, LocalDate from, LocalDate to, String station) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		String stationCondition = "";
		if (station != null) {
			stationCondition = " AND station_code = :station";
			params.put("station", station);
		}
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + condition + " AND " + dateColumn + " >= :from AND "
				+ dateColumn + " < :to" + stationCondition).params(params).query(Long.class).single();
	}

	// ---- mapping

	static StudySession session(ResultSet rs, int n) throws SQLException {
		return new StudySession(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getString("station_code"),
				Kinds.StudyKind.valueOf(rs.getString("kind")), rs.getString("topic"),
				rs.getObject("held_on", LocalDate.class), rs.getInt("attendance"), rs.getBoolean("demo"));
	}

	static CulturalEvent event(ResultSet rs, int n) throws SQLException {
		return new CulturalEvent(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getString("station_code"),
				Kinds.EventKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getObject("held_on", LocalDate.class), rs.getInt("officer_participants"),
				rs.getInt("family_participants"), rs.getBoolean("demo"));
	}

	static WelfareVisit visit(ResultSet rs, int n) throws SQLException {
		return new WelfareVisit(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getString("station_code"),
				Kinds.VisitOccasion.valueOf(rs.getString("occasion")), rs.getObject("visited_on", LocalDate.class),
				rs.getString("officer_badge"), rs.getString("note"), rs.getBoolean("demo"));
	}

	static Difficulty difficulty(ResultSet rs, int n) throws SQLException {
		return new Difficulty(rs.getObject("id", UUID.class), rs.getObject("visit_id", UUID.class),
				rs.getString("unit_code"), rs.getString("station_code"),
				Kinds.DifficultyCategory.valueOf(rs.getString("category")), rs.getString("description"),
				rs.getObject("raised_on", LocalDate.class), Difficulty.Status.valueOf(rs.getString("status")),
				rs.getObject("resolved_on", LocalDate.class), rs.getString("resolution"), rs.getBoolean("demo"),
				rs.getInt("version"));
	}
}
