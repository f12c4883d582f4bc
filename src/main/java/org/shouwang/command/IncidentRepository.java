package org.shouwang.command;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shouwang.geography.GridType;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.geo.Geodesy;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of incidents, their events, assignments, reclassifications, numbers and intake requests. */
@Repository
class IncidentRepository {

	private static final String COLUMNS = """
			id, number, status, channel, category, subtype, priority, reported_at, received_at, lat, lng, address,
			grid_code, grid_type, station_code, caller_phone, summary, back_entry, possible_duplicate_of,
			duplicate_dismissed, merged_into, first_dispatched_at, on_scene_at, cleared_at, disposition,
			disposition_note, arrival_standard_seconds, arrival_within_standard, demo, version""";

	private final JdbcClient jdbc;

	IncidentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- intake requests (idempotency)

	/** Claims the key for this request; false when a request with the key exists (waits for one in flight). */
	boolean claimKey(String key, String requestHash, Instant now) {
		return jdbc.sql("""
				INSERT INTO incident_intake_request (idempotency_key, request_hash, created_at)
				VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING""")
			.params(key, requestHash, ts(now))
			.update() == 1;
	}

	Optional<StoredIntake> findIntake(String key) {
		return jdbc.sql("""
				SELECT request_hash, incident_id, response_status, response_body
				FROM incident_intake_request WHERE idempotency_key = ?""")
			.param(key)
			.query((rs, n) -> new StoredIntake(rs.getString("request_hash"), rs.getObject("incident_id", UUID.class),
					rs.getInt("response_status"), rs.getString("response_body")))
			.optional();
	}

	void completeIntake(String key, UUID incidentId, int status, String body) {
		jdbc.sql("""
				UPDATE incident_intake_request SET incident_id = ?, response_status = ?, response_body = ?
				WHERE idempotency_key = ?""")
			.params(incidentId, status, body, key)
			.update();
	}

	/** The response first given for an Idempotency-Key, with the hash of its request. */
	record StoredIntake(String requestHash, UUID incidentId, int status, String body) {
	}

	// ---- incidents

	void insert(IncidentRow i, Instant now) {
		jdbc.sql("""
				INSERT INTO incident (id, number, status, channel, category, subtype, priority, reported_at, received_at,
				                      lat, lng, address, grid_code, grid_type, station_code, caller_phone, summary,
				                      back_entry, possible_duplicate_of, arrival_standard_seconds, demo, updated_at)
				VALUES (:id, :number, :status, :channel, :category, :subtype, :priority, :reportedAt, :receivedAt,
				        :lat, :lng, :address, :gridCode, :gridType, :stationCode, :callerPhone, :summary,
				        :backEntry, :duplicateOf, :standard, :demo, :now)""")
			.param("id", i.id())
			.param("number", i.number())
			.param("status", i.status().name())
			.param("channel", i.channel().name())
			.param("category", i.category().name())
			.param("subtype", i.subtype())
			.param("priority", i.priority())
			.param("reportedAt", ts(i.reportedAt()))
			.param("receivedAt", ts(i.receivedAt()))
			.param("lat", i.lat())
			.param("lng", i.lng())
			.param("address", i.address())
			.param("gridCode", i.gridCode())
			.param("gridType", i.gridType() == null ? null : i.gridType().name())
			.param("stationCode", i.stationCode())
			.param("callerPhone", i.callerPhone())
			.param("summary", i.summary())
			.param("backEntry", i.backEntry())
			.param("duplicateOf", i.possibleDuplicateOf())
			.param("standard", i.arrivalStandardSeconds())
			.param("demo", i.demo())
			.param("now", ts(now))
			.update();
	}

	Optional<IncidentRow> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE id = ?").param(id).query(this::row).optional();
	}

	/** The incident if it lies in the scope. */
	Optional<IncidentRow> findInScope(UUID id, DataScope scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE id = :id AND " + scope.sqlCondition("station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query(this::row)
			.optional();
	}

	/** The incident's aggregate, its row locked for the rest of the transaction; 404 when not in the scope. */
	Incident lockInScope(UUID id, DataScope scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE id = :id AND " + scope.sqlCondition("station_code")
				+ " FOR UPDATE")
			.param("id", id)
			.params(scope.sqlParameters())
			.query(this::row)
			.optional()
			.map(Incident::of)
			.orElseThrow(() -> new NotFoundException(Incidents.OBJECT_TYPE));
	}

	/** The incident, its row locked for the rest of the transaction. */
	Optional<IncidentRow> lock(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE id = ? FOR UPDATE").param(id).query(this::row).optional();
	}

	List<IncidentRow> page(IncidentFilter filter, DataScope scope, int page, int size) {
		Where where = where(filter, scope);
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident" + where.sql
				+ " ORDER BY reported_at DESC, number DESC LIMIT :limit OFFSET :offset")
			.params(where.params)
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query(this::row)
			.list();
	}

	long count(IncidentFilter filter, DataScope scope) {
		Where where = where(filter, scope);
		return jdbc.sql("SELECT count(*) FROM incident" + where.sql).params(where.params).query(Long.class).single();
	}

	/** Open incidents, most urgent first, then oldest first. */
	List<IncidentRow> open(int limit, DataScope scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE status NOT IN ('CLEARED', 'MERGED') AND "
				+ scope.sqlCondition("station_code") + " ORDER BY priority, reported_at LIMIT :limit")
			.param("limit", limit)
			.params(scope.sqlParameters())
			.query(this::row)
			.list();
	}

	private record Where(String sql, java.util.Map<String, Object> params) {
	}

	private static Where where(IncidentFilter filter, DataScope scope) {
		List<String> conditions = new ArrayList<>();
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (!scope.branchWide()) {
			conditions.add(scope.sqlCondition("station_code"));
			params.putAll(scope.sqlParameters());
		}
		if (!filter.statuses().isEmpty()) {
			conditions.add("status IN (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (filter.category() != null) {
			conditions.add("category = :category");
			params.put("category", filter.category().name());
		}
		if (filter.from() != null) {
			conditions.add("reported_at >= :from");
			params.put("from", ts(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("reported_at < :to");
			params.put("to", ts(filter.to()));
		}
		if (filter.stationCode() != null && !filter.stationCode().isBlank()) {
			conditions.add("station_code = :station");
			params.put("station", filter.stationCode().strip());
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	/**
	 * Stores the aggregate's changeable state and bumps the version: one statement for every change of an incident.
	 */
	void update(Incident incident, Instant now) {
		IncidentRow i = incident.row();
		jdbc.sql("""
				UPDATE incident SET status = :status, category = :category, subtype = :subtype, priority = :priority,
				       possible_duplicate_of = :duplicateOf, duplicate_dismissed = :dismissed, merged_into = :mergedInto,
				       first_dispatched_at = :firstDispatched, on_scene_at = :onScene, cleared_at = :cleared,
				       disposition = :disposition, disposition_note = :note, arrival_within_standard = :within,
				       version = version + 1, updated_at = :now
				WHERE id = :id""")
			.param("status", i.status().name())
			.param("category", i.category().name())
			.param("subtype", i.subtype())
			.param("priority", i.priority())
			.param("duplicateOf", i.possibleDuplicateOf())
			.param("dismissed", i.duplicateDismissed())
			.param("mergedInto", i.mergedInto())
			.param("firstDispatched", ts(i.firstDispatchedAt()))
			.param("onScene", ts(i.onSceneAt()))
			.param("cleared", ts(i.clearedAt()))
			.param("disposition", i.disposition() == null ? null : i.disposition().name(), java.sql.Types.VARCHAR)
			.param("note", i.dispositionNote(), java.sql.Types.VARCHAR)
			.param("within", i.arrivalWithinStandard(), java.sql.Types.BOOLEAN)
			.param("now", ts(now))
			.param("id", i.id())
			.update();
	}


	// ---- events

	void addEvent(UUID incidentId, String event, IncidentStatus status, Instant at, Instant recordedAt, String actor,
			Long unitId, String note) {
		jdbc.sql("""
				INSERT INTO incident_event (incident_id, event, status, at, recorded_at, actor, unit_id, note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(incidentId, event, status.name(), ts(at), ts(recordedAt), actor, unitId, note)
			.update();
	}

	/** Events of an incident in time order: (event, status, at, actor, unitId, note, recordedAt). */
	List<EventRow> events(UUID incidentId) {
		return jdbc.sql("""
				SELECT event, status, at, actor, unit_id, note, recorded_at FROM incident_event
				WHERE incident_id = ? ORDER BY at, id""")
			.param(incidentId)
			.query((rs, n) -> new EventRow(rs.getString("event"), IncidentStatus.valueOf(rs.getString("status")),
					instant(rs, "at"), rs.getString("actor"), (Long) rs.getObject("unit_id"), rs.getString("note"),
					instant(rs, "recorded_at")))
			.list();
	}

	record EventRow(String event, IncidentStatus status, Instant at, String actor, Long unitId, String note,
			Instant recordedAt) {
	}

	// ---- assignments

	List<AssignmentRow> assignments(UUID incidentId) {
		return jdbc.sql("""
				SELECT id, unit_id, status, dispatched_at, en_route_at, on_scene_at, cleared_at
				FROM incident_assignment WHERE incident_id = ? ORDER BY id""")
			.param(incidentId)
			.query((rs, n) -> new AssignmentRow(rs.getLong("id"), rs.getLong("unit_id"), AssignmentStatus.valueOf(rs.getString("status")),
					instant(rs, "dispatched_at"), instant(rs, "en_route_at"), instant(rs, "on_scene_at"),
					instant(rs, "cleared_at")))
			.list();
	}

	record AssignmentRow(long id, long unitId, AssignmentStatus status, Instant dispatchedAt, Instant enRouteAt,
			Instant onSceneAt, Instant clearedAt) {
	}

	// ---- history

	List<IncidentRow> byPhone(String phone, Instant since, int limit, DataScope scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE caller_phone = :phone AND reported_at >= :since AND "
				+ scope.sqlCondition("station_code") + " ORDER BY reported_at DESC LIMIT :limit")
			.param("phone", phone)
			.param("since", ts(since))
			.param("limit", limit)
			.params(scope.sqlParameters())
			.query(this::row)
			.list();
	}

	/** Incidents in a box around the point (the caller filters by exact distance), latest first. */
	List<IncidentRow> near(double lat, double lng, int radiusMeters, Instant since, int limit, DataScope scope) {
		Geodesy.Box box = Geodesy.box(lat, lng, radiusMeters);
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE lat BETWEEN :latMin AND :latMax"
				+ " AND lng BETWEEN :lngMin AND :lngMax AND reported_at >= :since AND " + scope.sqlCondition("station_code")
				+ " ORDER BY reported_at DESC LIMIT :limit")
			.param("latMin", box.minLat())
			.param("latMax", box.maxLat())
			.param("lngMin", box.minLng())
			.param("lngMax", box.maxLng())
			.param("since", ts(since))
			.param("limit", limit)
			.params(scope.sqlParameters())
			.query(this::row)
			.list();
	}

	// ---- duplicates

	/** Incidents that may be duplicates of a new one: near in time and place, or from the same phone. */
	List<Candidate> duplicateCandidates(IncidentCategory category, Instant reportedAt, java.time.Duration window,
			double lat, double lng, int radiusMeters, String phone, java.time.Duration phoneWindow) {
		Geodesy.Box box = Geodesy.box(lat, lng, radiusMeters);
		return jdbc.sql("""
				SELECT id, category, status, reported_at, lat, lng, caller_phone FROM incident
				WHERE status <> 'MERGED' AND (
				      (category = :category AND status NOT IN ('CLEARED', 'MERGED')
				       AND reported_at BETWEEN :from AND :to
				       AND lat BETWEEN :latMin AND :latMax AND lng BETWEEN :lngMin AND :lngMax)
				   OR (caller_phone = :phone AND reported_at BETWEEN :phoneFrom AND :phoneTo))
				ORDER BY reported_at DESC LIMIT 100""")
			.param("category", category.name())
			.param("from", ts(reportedAt.minus(window)))
			.param("to", ts(reportedAt.plus(window)))
			.param("latMin", box.minLat())
			.param("latMax", box.maxLat())
			.param("lngMin", box.minLng())
			.param("lngMax", box.maxLng())
			.param("phone", phone, java.sql.Types.VARCHAR)
			.param("phoneFrom", ts(reportedAt.minus(phoneWindow)))
			.param("phoneTo", ts(reportedAt.plus(phoneWindow)))
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), IncidentCategory.valueOf(rs.getString("category")),
					IncidentStatus.valueOf(rs.getString("status")), instant(rs, "reported_at"), rs.getDouble("lat"),
					rs.getDouble("lng"), rs.getString("caller_phone")))
			.list();
	}

	record Candidate(UUID id, IncidentCategory category, IncidentStatus status, Instant reportedAt, double lat,
			double lng, String callerPhone) {
	}



	// ---- dispatch and progress

	void addAssignment(UUID incidentId, long unitId, Instant at) {
		jdbc.sql("INSERT INTO incident_assignment (incident_id, unit_id, status, dispatched_at) VALUES (?, ?, 'DISPATCHED', ?)")
			.params(incidentId, unitId, ts(at))
			.update();
	}

	/** Moves the incident's assignments from the states before {@code to} to {@code to}, stamping its time column. */
	void advanceAssignments(UUID incidentId, AssignmentStatus to, Instant at) {
		String column = switch (to) {
			case EN_ROUTE -> "en_route_at";
			case ON_SCENE -> "on_scene_at";
			case CLEARED -> "cleared_at";
			case DISPATCHED -> throw new IllegalArgumentException("an assignment starts DISPATCHED");
		};
		jdbc.sql("UPDATE incident_assignment SET status = :to, " + column + " = :at"
				+ " WHERE incident_id = :incident AND status IN (:from)")
			.param("to", to.name())
			.param("at", ts(at))
			.param("incident", incidentId)
			.param("from", to.predecessors().stream().map(Enum::name).toList())
			.update();
	}

	/** The time of the incident's latest event (status changes never go back before it). */
	Instant lastEventAt(UUID id) {
		return jdbc.sql("SELECT max(at) FROM incident_event WHERE incident_id = ?")
			.param(id)
			.query((rs, n) -> instant(rs, 1))
			.single();
	}

	// ---- reclassification


	void addReclassification(IncidentReclassified change, Instant at, String actor) {
		jdbc.sql("""
				INSERT INTO incident_reclassification (incident_id, from_category, from_subtype, from_priority,
				       to_category, to_subtype, to_priority, reason, at, actor)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(change.incidentId(), change.fromCategory().name(), change.fromSubtype(), change.fromPriority(),
					change.toCategory().name(), change.toSubtype(), change.toPriority(), change.reason(), ts(at), actor)
			.update();
	}

	// ---- reclassifications

	List<Reclassification> reclassifications(UUID incidentId, java.time.ZoneId zone) {
		return jdbc.sql("""
				SELECT from_category, from_subtype, from_priority, to_category, to_subtype, to_priority, reason, at, actor
				FROM incident_reclassification WHERE incident_id = ? ORDER BY id""")
			.param(incidentId)
			.query((rs, n) -> new Reclassification(IncidentCategory.valueOf(rs.getString("from_category")),
					rs.getString("from_subtype"), rs.getInt("from_priority"),
					IncidentCategory.valueOf(rs.getString("to_category")), rs.getString("to_subtype"),
					rs.getInt("to_priority"), rs.getString("reason"), instant(rs, "at").atZone(zone).toOffsetDateTime(),
					rs.getString("actor")))
			.list();
	}

	// ---- mapping

	private IncidentRow row(ResultSet rs, int n) throws SQLException {
		String gridType = rs.getString("grid_type");
		String disposition = rs.getString("disposition");
		return new IncidentRow(rs.getObject("id", UUID.class), rs.getString("number"),
				IncidentStatus.valueOf(rs.getString("status")), IncidentChannel.valueOf(rs.getString("channel")),
				IncidentCategory.valueOf(rs.getString("category")), rs.getString("subtype"), rs.getInt("priority"),
				instant(rs, "reported_at"), instant(rs, "received_at"), rs.getDouble("lat"), rs.getDouble("lng"),
				rs.getString("address"), rs.getString("grid_code"), gridType == null ? null : GridType.valueOf(gridType),
				rs.getString("station_code"), rs.getString("caller_phone"), rs.getString("summary"),
				rs.getBoolean("back_entry"), rs.getObject("possible_duplicate_of", UUID.class),
				rs.getBoolean("duplicate_dismissed"), rs.getObject("merged_into", UUID.class),
				instant(rs, "first_dispatched_at"), instant(rs, "on_scene_at"), instant(rs, "cleared_at"),
				disposition == null ? null : Disposition.valueOf(disposition), rs.getString("disposition_note"),
				(Integer) rs.getObject("arrival_standard_seconds"), (Boolean) rs.getObject("arrival_within_standard"),
				rs.getBoolean("demo"), rs.getLong("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime ts(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
