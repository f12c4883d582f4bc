package org.shouwang.command;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.shouwang.command.IncidentRepository.instant;
import static org.shouwang.command.IncidentRepository.ts;

/** SQL of the units' live state. Every write returns the new state, for the in-memory index. */
@Repository
class UnitRepository {

	private static final String RETURNING = " RETURNING unit_id, status, incident_id, lat, lng, position_at, version";

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The live state of a unit as stored. */
	record State(long unitId, UnitStatus status, UUID incidentId, Double lat, Double lng, Instant positionAt,
			long version) {

		boolean hasPosition() {
			return lat != null && lng != null;
		}
	}

	/** Creates the unit's state (AVAILABLE, no position) unless it exists. */
	void ensure(long unitId, Instant now) {
		jdbc.sql("INSERT INTO unit_state (unit_id, status, updated_at) VALUES (?, 'AVAILABLE', ?) ON CONFLICT (unit_id) DO NOTHING")
			.params(unitId, ts(now))
			.update();
	}

	Optional<State> find(long unitId) {
		return jdbc.sql("SELECT unit_id, status, incident_id, lat, lng, position_at, version FROM unit_state WHERE unit_id = ?")
			.param(unitId)
			.query(this::state)
			.optional();
	}

	/** The stored states of these units (those that have one). */
	List<State> find(List<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT unit_id, status, incident_id, lat, lng, position_at, version FROM unit_state"
				+ " WHERE unit_id IN (:ids)")
			.param("ids", unitIds)
			.query(this::state)
			.list();
	}

	List<State> all() {
		return jdbc.sql("SELECT unit_id, status, incident_id, lat, lng, position_at, version FROM unit_state")
			.query(this::state)
			.list();
	}

	/** Stores the position unless a newer one is stored; empty when it was older (ignored). */
	Optional<State> position(long unitId, double lat, double lng, Instant at, boolean demo, Instant now) {
		return jdbc.sql("""
				INSERT INTO unit_state (unit_id, status, lat, lng, position_at, demo, version, updated_at)
				VALUES (:id, 'AVAILABLE', :lat, :lng, :at, :demo, 1, :now)
				ON CONFLICT (unit_id) DO UPDATE
				    SET lat = excluded.lat, lng = excluded.lng, position_at = excluded.position_at,
				        version = unit_state.version + 1, updated_at = excluded.updated_at
				    WHERE unit_state.position_at IS NULL OR unit_state.position_at < excluded.position_at""" + RETURNING)
			.param("id", unitId)
			.param("lat", lat)
			.param("lng", lng)
			.param("at", ts(at))
			.param("demo", demo)
			.param("now", ts(now))
			.query(this::state)
			.optional();
	}

	/** Takes an AVAILABLE unit for an incident; empty when the unit is not AVAILABLE (someone else took it). */
	Optional<State> take(long unitId, UUID incidentId, Instant now) {
		return jdbc.sql("""
				UPDATE unit_state SET status = 'DISPATCHED', incident_id = ?, version = version + 1, updated_at = ?
				WHERE unit_id = ? AND status = 'AVAILABLE'""" + RETURNING)
			.params(incidentId, ts(now), unitId)
			.query(this::state)
			.optional();
	}

	/** Moves the incident's units from one of {@code from} to {@code to}. */
	List<State> advance(UUID incidentId, List<UnitStatus> from, UnitStatus to, Instant now) {
		return jdbc.sql("""
				UPDATE unit_state SET status = :to, version = version + 1, updated_at = :now
				WHERE incident_id = :incident AND status IN (:from)""" + RETURNING)
			.param("to", to.name())
			.param("now", ts(now))
			.param("incident", incidentId)
			.param("from", from.stream().map(Enum::name).toList())
			.query(this::state)
			.list();
	}

	/** Frees every unit serving the incident (AVAILABLE again). */
	List<State> release(UUID incidentId, Instant now) {
		return jdbc.sql("""
				UPDATE unit_state SET status = 'AVAILABLE', incident_id = NULL, version = version + 1, updated_at = ?
				WHERE incident_id = ?""" + RETURNING)
			.params(ts(now), incidentId)
			.query(this::state)
			.list();
	}

	/** Sets AVAILABLE or OUT_OF_SERVICE on a unit that serves no incident; empty when it does. */
	Optional<State> setIdleStatus(long unitId, UnitStatus status, Instant now) {
		return jdbc.sql("""
				UPDATE unit_state SET status = ?, version = version + 1, updated_at = ?
				WHERE unit_id = ? AND status IN ('AVAILABLE', 'OUT_OF_SERVICE') AND incident_id IS NULL""" + RETURNING)
			.params(status.name(), ts(now), unitId)
			.query(this::state)
			.optional();
	}

	private State state(ResultSet rs, int n) throws SQLException {
		return new State(rs.getLong("unit_id"), UnitStatus.valueOf(rs.getString("status")),
				rs.getObject("incident_id", UUID.class), (Double) rs.getObject("lat"), (Double) rs.getObject("lng"),
				instant(rs, "position_at"), rs.getLong("version"));
	}
}
