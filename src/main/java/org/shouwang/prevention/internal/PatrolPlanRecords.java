package org.shouwang.prevention.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shouwang.platform.ConflictException;
import org.shouwang.platform.Page;
import org.shouwang.prevention.PatrolPlanView;
import org.shouwang.prevention.PlanKind;
import org.shouwang.prevention.PlanStatus;
import org.shouwang.prevention.PostKind;
import org.shouwang.prevention.Shift;
import org.shouwang.prevention.internal.roster.OfficerShift;
import org.shouwang.prevention.internal.roster.Roster;
import org.shouwang.prevention.internal.roster.RosterOfficer;
import org.shouwang.prevention.internal.roster.RosterVehicle;
import org.shouwang.prevention.internal.roster.VehicleShift;
import org.shouwang.security.DataScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The patrol plan tables: plans, posts, slots, pools and roster assignments. */
@Repository
public class PatrolPlanRecords {

	/** A plan row. */
	public record Plan(UUID id, String number, String name, PlanKind kind, LocalDate startsOn, LocalDate endsOn,
			PlanStatus status, String stationCode, String score, boolean demo, long version) {
	}

	/** A post row. */
	public record Post(UUID id, int seq, String name, PostKind kind, double lat, double lng, String stationCode) {
	}

	/** A slot row. */
	public record Slot(UUID id, UUID postId, LocalDate day, Shift shift, int officersRequired, int vehiclesRequired) {
	}

	/** A roster with the slot and post rows it came from. */
	public record Loaded(Plan plan, Roster roster, Map<UUID, Slot> slots, Map<UUID, Post> posts) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PatrolPlanRecords(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public String nextNumber() {
		return "XF%06d".formatted(jdbc.sql("SELECT nextval('prevention_number_seq')").query(Long.class).single());
	}

	public void insert(Plan plan, List<Post> posts, List<Slot> slots, List<RosterOfficer> officers,
			List<RosterVehicle> vehicles) {
		jdbc.sql("""
				INSERT INTO prevention_patrol_plan (id, number, name, kind, starts_on, ends_on, status, station_code, demo)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(plan.id(), plan.number(), plan.name(), plan.kind().name(), plan.startsOn(), plan.endsOn(),
					plan.status().name(), plan.stationCode(), plan.demo())
			.update();
		template.batchUpdate("""
				INSERT INTO prevention_patrol_post (id, plan_id, seq, name, kind, lat, lng, station_code)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", posts.stream()
			.map(p -> new Object[] { p.id(), plan.id(), p.seq(), p.name(), p.kind().name(), p.lat(), p.lng(), p.stationCode() })
			.toList(), new int[] { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE,
					Types.DOUBLE, Types.VARCHAR });
		template.batchUpdate("""
				INSERT INTO prevention_patrol_slot (id, plan_id, post_id, day, shift, officers_required, vehicles_required)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", slots.stream()
			.map(s -> new Object[] { s.id(), plan.id(), s.postId(), s.day(), s.shift().name(), s.officersRequired(),
					s.vehiclesRequired() })
			.toList(), new int[] { Types.OTHER, Types.OTHER, Types.OTHER, Types.DATE, Types.VARCHAR, Types.INTEGER,
					Types.INTEGER });
		template.batchUpdate("""
				INSERT INTO prevention_plan_officer (plan_id, officer_id, badge_number, name, station_code, sworn, leave_days)
				VALUES (?, ?, ?, ?, ?, ?, ?::date[])""", officers.stream()
			.map(o -> new Object[] { plan.id(), o.getId(), o.getBadge(), o.getName(), o.getStationCode(), o.isSworn(),
					"{" + String.join(",", o.getLeaveDays().stream().sorted().map(d -> LocalDate.ofEpochDay(d).toString()).toList()) + "}" })
			.toList(), new int[] { Types.OTHER, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN,
					Types.VARCHAR });
		template.batchUpdate("INSERT INTO prevention_plan_vehicle (plan_id, code, station_code) VALUES (?, ?, ?)",
				vehicles.stream().map(v -> new Object[] { plan.id(), v.code(), v.stationCode() }).toList(),
				new int[] { Types.OTHER, Types.VARCHAR, Types.VARCHAR });
	}

	public Optional<Plan> find(UUID id, DataScope scope) {
		return jdbc.sql("SELECT * FROM prevention_patrol_plan WHERE id = :id AND " + scope.sqlCondition("station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query((rs, n) -> plan(rs))
			.optional();
	}

	public Page<Plan> list(Integer year, DataScope scope, int page, int size) {
		String where = " WHERE " + scope.sqlCondition("station_code")
				+ (year == null ? "" : " AND extract(year FROM starts_on) = :year");
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		params.put("year", year == null ? 0 : year);
		long total = jdbc.sql("SELECT count(*) FROM prevention_patrol_plan" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		return new Page<>(jdbc.sql("SELECT * FROM prevention_patrol_plan" + where
				+ " ORDER BY starts_on DESC, number DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> plan(rs))
			.list(), page, size, total);
	}

	public void setStatus(Plan plan, PlanStatus status, String score) {
		int updated = jdbc.sql("""
				UPDATE prevention_patrol_plan SET status = ?, score = ?, version = version + 1, updated_at = now()
				WHERE id = ? AND version = ?""")
			.params(status.name(), score, plan.id(), plan.version())
			.update();
		if (updated != 1) {
			throw new ConflictException("The plan was changed meanwhile; reload and try again");
		}
	}

	/** The plan as a planning problem, with its current assignments. */
	public Loaded load(Plan plan) {
		Map<UUID, Post> posts = new HashMap<>();
		jdbc.sql("SELECT * FROM prevention_patrol_post WHERE plan_id = ? ORDER BY seq").param(plan.id()).query(rs -> {
			Post p = new Post(rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("name"),
					PostKind.valueOf(rs.getString("kind")), rs.getDouble("lat"), rs.getDouble("lng"), rs.getString("station_code"));
			posts.put(p.id(), p);
		});
		Map<UUID, Slot> slots = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				SELECT s.* FROM prevention_patrol_slot s JOIN prevention_patrol_post p ON p.id = s.post_id
				WHERE s.plan_id = ? ORDER BY s.day, CASE s.shift WHEN 'NIGHT' THEN 0 WHEN 'DAY' THEN 1 ELSE 2 END, p.seq""")
			.param(plan.id())
			.query(rs -> {
				Slot s = new Slot(rs.getObject("id", UUID.class), rs.getObject("post_id", UUID.class),
						rs.getObject("day", LocalDate.class), Shift.valueOf(rs.getString("shift")), rs.getInt("officers_required"),
						rs.getInt("vehicles_required"));
				slots.put(s.id(), s);
			});
		List<RosterOfficer> officers = jdbc.sql("SELECT * FROM prevention_plan_officer WHERE plan_id = ? ORDER BY badge_number")
			.param(plan.id())
			.query((rs, n) -> {
				Set<Long> leave = new HashSet<>();
				for (Object d : (Object[]) rs.getArray("leave_days").getArray()) {
					leave.add(((java.sql.Date) d).toLocalDate().toEpochDay());
				}
				return new RosterOfficer(rs.getLong("officer_id"), rs.getString("badge_number"), rs.getString("name"),
						rs.getString("station_code"), rs.getBoolean("sworn"), leave);
			})
			.list();
		List<RosterVehicle> vehicles = jdbc.sql("SELECT code, station_code FROM prevention_plan_vehicle WHERE plan_id = ? ORDER BY code")
			.param(plan.id())
			.query((rs, n) -> new RosterVehicle(rs.getString(1), rs.getString(2)))
			.list();
		Map<Long, RosterOfficer> officerById = new HashMap<>();
		officers.forEach(o -> officerById.put(o.getId(), o));
		Map<String, RosterVehicle> vehicleByCode = new HashMap<>();
		vehicles.forEach(v -> vehicleByCode.put(v.code(), v));
		Map<String, Long> officerAt = new HashMap<>();
		jdbc.sql("SELECT slot_id, position, officer_id FROM prevention_roster_officer WHERE plan_id = ?")
			.param(plan.id())
			.query(rs -> {
				officerAt.put(rs.getObject(1, UUID.class) + "#" + rs.getInt(2), rs.getLong(3));
			});
		Map<String, String> vehicleAt = new HashMap<>();
		jdbc.sql("SELECT slot_id, position, vehicle_code FROM prevention_roster_vehicle WHERE plan_id = ?")
			.param(plan.id())
			.query(rs -> {
				vehicleAt.put(rs.getObject(1, UUID.class) + "#v" + rs.getInt(2), rs.getString(3));
			});
		List<OfficerShift> officerShifts = new ArrayList<>();
		List<VehicleShift> vehicleShifts = new ArrayList<>();
		for (Slot s : slots.values()) {
			Post post = posts.get(s.postId());
			long start = Shifts.start(s.day(), s.shift());
			long end = start + Shift.HOURS * 60L;
			for (int i = 0; i < s.officersRequired(); i++) {
				OfficerShift shift = new OfficerShift(s.id(), i, post.name(), post.stationCode(), s.day(), s.shift().name(),
						start, end, s.shift() == Shift.NIGHT);
				Long officer = officerAt.get(shift.getId());
				shift.setOfficer(officer == null ? null : officerById.get(officer));
				officerShifts.add(shift);
			}
			for (int i = 0; i < s.vehiclesRequired(); i++) {
				VehicleShift shift = new VehicleShift(s.id(), i, post.stationCode(), s.day(), start, end);
				String code = vehicleAt.get(shift.getId());
				shift.setVehicle(code == null ? null : vehicleByCode.get(code));
				vehicleShifts.add(shift);
			}
		}
		return new Loaded(plan, new Roster(officers, vehicles, officerShifts, vehicleShifts), slots, posts);
	}

	/** Replaces every assignment of the plan with the roster's. */
	public void replaceAssignments(UUID planId, Roster roster) {
		jdbc.sql("DELETE FROM prevention_roster_officer WHERE plan_id = ?").param(planId).update();
		jdbc.sql("DELETE FROM prevention_roster_vehicle WHERE plan_id = ?").param(planId).update();
		template.batchUpdate("INSERT INTO prevention_roster_officer (slot_id, position, plan_id, officer_id) VALUES (?, ?, ?, ?)",
				roster.getOfficerShifts().stream().filter(s -> s.getOfficer() != null)
					.map(s -> new Object[] { s.getSlotId(), s.getPosition(), planId, s.getOfficer().getId() }).toList(),
				new int[] { Types.OTHER, Types.INTEGER, Types.OTHER, Types.BIGINT });
		template.batchUpdate("INSERT INTO prevention_roster_vehicle (slot_id, position, plan_id, vehicle_code) VALUES (?, ?, ?, ?)",
				roster.getVehicleShifts().stream().filter(s -> s.getVehicle() != null)
					.map(s -> new Object[] { s.getSlotId(), s.getPosition(), planId, s.getVehicle().code() }).toList(),
				new int[] { Types.OTHER, Types.INTEGER, Types.OTHER, Types.VARCHAR });
	}

	public void setOfficer(UUID planId, UUID slotId, int position, long officerId) {
		jdbc.sql("""
				INSERT INTO prevention_roster_officer (slot_id, position, plan_id, officer_id) VALUES (?, ?, ?, ?)
				ON CONFLICT (slot_id, position) DO UPDATE SET officer_id = EXCLUDED.officer_id""")
			.params(slotId, position, planId, officerId)
			.update();
	}

	public void setVehicle(UUID planId, UUID slotId, int position, String code) {
		jdbc.sql("""
				INSERT INTO prevention_roster_vehicle (slot_id, position, plan_id, vehicle_code) VALUES (?, ?, ?, ?)
				ON CONFLICT (slot_id, position) DO UPDATE SET vehicle_code = EXCLUDED.vehicle_code""")
			.params(slotId, position, planId, code)
			.update();
	}

	/** Distinct officers and vehicles rostered on each day of the plan (every day listed, zero included). */
	public List<PatrolPlanView.DayDeployment> deployments(Plan plan) {
		Map<LocalDate, int[]> byDay = new java.util.TreeMap<>();
		for (LocalDate d = plan.startsOn(); !d.isAfter(plan.endsOn()); d = d.plusDays(1)) {
			byDay.put(d, new int[2]);
		}
		jdbc.sql("""
				SELECT s.day, count(DISTINCT r.officer_id) FROM prevention_roster_officer r
				JOIN prevention_patrol_slot s ON s.id = r.slot_id WHERE r.plan_id = ? GROUP BY s.day""")
			.param(plan.id())
			.query(rs -> {
				int[] v = byDay.get(rs.getObject(1, LocalDate.class));
				if (v != null) {
					v[0] = rs.getInt(2);
				}
			});
		jdbc.sql("""
				SELECT s.day, count(DISTINCT r.vehicle_code) FROM prevention_roster_vehicle r
				JOIN prevention_patrol_slot s ON s.id = r.slot_id WHERE r.plan_id = ? GROUP BY s.day""")
			.param(plan.id())
			.query(rs -> {
				int[] v = byDay.get(rs.getObject(1, LocalDate.class));
				if (v != null) {
					v[1] = rs.getInt(2);
				}
			});
		return byDay.entrySet().stream().map(e -> new PatrolPlanView.DayDeployment(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

	public int[] sizes(UUID planId) {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM prevention_patrol_post WHERE plan_id = :id),
				       (SELECT count(*) FROM prevention_patrol_slot WHERE plan_id = :id),
				       (SELECT coalesce(sum(officers_required), 0) FROM prevention_patrol_slot WHERE plan_id = :id),
				       (SELECT count(*) FROM prevention_plan_officer WHERE plan_id = :id),
				       (SELECT count(*) FROM prevention_plan_vehicle WHERE plan_id = :id)""")
			.param("id", planId)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) })
			.single();
	}

	// ---- solves

	public UUID startSolve(UUID planId, String user, Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO prevention_roster_solve (id, plan_id, started_at, status, started_by) VALUES (?, ?, ?, 'RUNNING', ?)")
			.params(id, planId, java.sql.Timestamp.from(at), user)
			.update();
		return id;
	}

	public void endSolve(UUID solveId, String status, String bestScore, String progress, Instant at) {
		jdbc.sql("UPDATE prevention_roster_solve SET status = ?, best_score = ?, progress = ?, ended_at = ? WHERE id = ?")
			.params(status, bestScore, progress, java.sql.Timestamp.from(at), solveId)
			.update();
	}

	/** The latest solve of a plan: status, started, ended, best score, progress JSON. */
	public Optional<Object[]> latestSolve(UUID planId) {
		return jdbc.sql("SELECT status, started_at, ended_at, best_score, progress FROM prevention_roster_solve WHERE plan_id = ? ORDER BY started_at DESC LIMIT 1")
			.param(planId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5) })
			.optional();
	}

	private static Plan plan(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Plan(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("name"),
				PlanKind.valueOf(rs.getString("kind")), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), PlanStatus.valueOf(rs.getString("status")),
				rs.getString("station_code"), rs.getString("score"), rs.getBoolean("demo"), rs.getLong("version"));
	}

}
