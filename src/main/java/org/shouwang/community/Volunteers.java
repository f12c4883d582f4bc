package org.shouwang.community;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.audit.Masking;
import org.shouwang.command.IncidentDetail;
import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentChannel;
import org.shouwang.command.IncidentRequest;
import org.shouwang.command.Incidents;
import org.shouwang.community.internal.BulkInsert;
import org.shouwang.community.internal.CommunitySupport;
import org.shouwang.community.internal.PrivateData;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrgUnitKind;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.security.DataScope;
import org.shouwang.security.SystemActor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.shouwang.community.internal.CommunitySupport.blankToNull;

/**
 * Volunteers (义警): teams, members (minimum personal data, real-name registered, joined / left), activities by type
 * with participants and hours, and the leads volunteers report, which the station turns into an incident through the
 * command centre or dismisses. Everything belongs to the team's station and is shown within the caller's scope.
 */
@Service
public class Volunteers {

	public static final String TEAM_TYPE = "VolunteerTeam";

	public static final String VOLUNTEER_TYPE = "Volunteer";

	public static final String ACTIVITY_TYPE = "VolunteerActivity";

	public static final String LEAD_TYPE = "Lead";

	private final JdbcClient jdbc;

	private final Grids grids;

	private final OrganizationDirectory organization;

	private final Incidents incidents;

	private final PrivateData privateData;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CommunitySupport support;

	private final BulkInsert bulk;

	Volunteers(JdbcClient jdbc, Grids grids, OrganizationDirectory organization, Incidents incidents,
			PrivateData privateData, AuditTrail audit, ApplicationEventPublisher events, CommunitySupport support,
			BulkInsert bulk) {
		this.jdbc = jdbc;
		this.grids = grids;
		this.organization = organization;
		this.incidents = incidents;
		this.privateData = privateData;
		this.audit = audit;
		this.events = events;
		this.support = support;
		this.bulk = bulk;
	}

	// ---- teams

	private static final String TEAM_COLUMNS = """
			t.id, t.code, t.name, t.station_code, t.grid_code, t.area, t.leader_name, t.formed_on, t.disbanded_on,
			(SELECT count(*) FROM community_volunteer v WHERE v.team_id = t.id AND v.left_on IS NULL) AS members,
			(SELECT count(*) FROM community_volunteer_activity a WHERE a.team_id = t.id) AS activities,
			(SELECT coalesce(sum(a.hours * a.participants), 0) FROM community_volunteer_activity a WHERE a.team_id = t.id) AS hours\s""";

	private VolunteerTeam team(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		LocalDate disbanded = rs.getObject("disbanded_on", LocalDate.class);
		return new VolunteerTeam(id, rs.getString("code"), rs.getString("name"), rs.getString("station_code"),
				rs.getString("grid_code"), rs.getString("area"), privateData.name(rs.getString("leader_name"), TEAM_TYPE, id),
				rs.getObject("formed_on", LocalDate.class), disbanded,
				disbanded == null || disbanded.isAfter(support.today()), rs.getLong("members"), rs.getLong("activities"),
				rs.getBigDecimal("hours"));
	}

	/** One page of the caller's teams, optionally of one station, active or not; by code. */
	@Transactional(readOnly = true)
	public Page<VolunteerTeam> teams(String stationCode, Boolean active, int page, int size) {
		Page.check(page, size);
		DataScope scope = DataScope.current();
		StringBuilder where = new StringBuilder(scope.sqlCondition("t.station_code"));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (blankToNull(stationCode) != null) {
			where.append(" AND t.station_code = :station");
			params.put("station", stationCode.strip());
		}
		if (active != null) {
			where.append(active ? " AND t.disbanded_on IS NULL" : " AND t.disbanded_on IS NOT NULL");
		}
		long total = jdbc.sql("SELECT count(*) FROM community_volunteer_team t WHERE " + where).params(params)
			.query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<VolunteerTeam> items = jdbc.sql("SELECT " + TEAM_COLUMNS + " FROM community_volunteer_team t WHERE " + where
				+ " ORDER BY t.code LIMIT :limit OFFSET :offset").params(params).query((rs, n) -> team(rs)).list();
		return new Page<>(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public VolunteerTeam team(String code) {
		DataScope scope = DataScope.current();
		return jdbc.sql("SELECT " + TEAM_COLUMNS + " FROM community_volunteer_team t WHERE t.code = :code AND "
				+ scope.sqlCondition("t.station_code"))
			.param("code", code == null ? "" : code.strip())
			.params(scope.sqlParameters())
			.query((rs, n) -> team(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Volunteer team"));
	}

	private record TeamRef(UUID id, String code, String stationCode, LocalDate disbandedOn) {
	}

	private TeamRef teamRef(String code, DataScope scope) {
		return jdbc.sql("SELECT id, code, station_code, disbanded_on FROM community_volunteer_team WHERE code = :code AND "
				+ scope.sqlCondition("station_code"))
			.param("code", code == null ? "" : code.strip())
			.params(scope.sqlParameters())
			.query((rs, n) -> new TeamRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.optional()
			.orElse(null);
	}

	/** Sets up a team (once per Idempotency-Key); its code must be new. */
	@Transactional
	public VolunteerTeam createTeam(String idempotencyKey, NewVolunteerTeam input) {
		CommunitySupport.Created created = support.once(idempotencyKey, TEAM_TYPE, input, () -> {
			List<Object[]> rows = teamRows(List.of(input), false, "");
			Object[] row = rows.get(0);
			bulk.insert("community_volunteer_team", TEAM_TABLE, TEAM_TYPES, rows);
			audit.record(AuditAction.CREATE, TEAM_TYPE, row[0], AuditOutcome.SUCCESS, ChangeSummary.builder()
				.change("code", null, row[1]).change("name", null, row[2]).change("station", null, row[3])
				.mask("leader", Masking::name).change("leader", null, row[6]).build());
			events.publishEvent(new IndicatorRecordChanged(TEAM_TYPE, (UUID) row[0]));
			return (UUID) row[0];
		});
		String code = jdbc.sql("SELECT code FROM community_volunteer_team WHERE id = ?").param(created.id())
			.query(String.class).single();
		return team(code);
	}

	/** Disbands a team on a day (default today); 409 when it was disbanded already. */
	@Transactional
	public VolunteerTeam disband(String code, LocalDate on) {
		TeamRef team = teamRef(code, DataScope.current());
		if (team == null) {
			throw new NotFoundException("Volunteer team");
		}
		if (team.disbandedOn() != null) {
			throw new ConflictException("Team " + team.code() + " was disbanded on " + team.disbandedOn());
		}
		LocalDate day = on == null ? support.today() : on;
		if (day.isAfter(support.today())) {
			throw new InvalidInputException("disbandedOn", "must not be in the future");
		}
		jdbc.sql("UPDATE community_volunteer_team SET disbanded_on = ? WHERE id = ?").params(day, team.id()).update();
		audit.record(AuditAction.UPDATE, TEAM_TYPE, team.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("disbandedOn", null, day.toString()).build());
		events.publishEvent(new IndicatorRecordChanged(TEAM_TYPE, team.id()));
		return team(team.code());
	}

	private static final String[] TEAM_TABLE = { "id", "code", "name", "station_code", "grid_code", "area",
			"leader_name", "formed_on", "disbanded_on", "demo", "created_at" };

	private static final String[] TEAM_TYPES = { "uuid", "text", "text", "text", "text", "text", "text", "date", "date",
			"bool", "timestamptz" };

	private List<Object[]> teamRows(List<NewVolunteerTeam> teams, boolean demo, String prefix) {
		DataScope scope = DataScope.current();
		LocalDate today = support.today();
		List<FieldError> errors = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < teams.size() && errors.size() < 100; i++) {
			NewVolunteerTeam t = teams.get(i);
			String p = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
			if (t == null) {
				errors.add(new FieldError(prefix.isEmpty() ? "body" : prefix + "[" + i + "]", "is required"));
				continue;
			}
			int before = errors.size();
			CommunitySupport.text(errors, p + "code", t.code(), 32, true);
			if (t.code() != null && !t.code().isBlank() && !t.code().strip().matches("[A-Za-z0-9\\-]{2,32}")) {
				errors.add(new FieldError(p + "code", "may contain letters, digits and dashes only"));
			}
			CommunitySupport.text(errors, p + "name", t.name(), 100, true);
			CommunitySupport.text(errors, p + "area", t.area(), 200, false);
			CommunitySupport.text(errors, p + "leaderName", t.leaderName(), 50, true);
			LocalDate formed = t.formedOn() == null ? today : t.formedOn();
			CommunitySupport.notAfter(errors, p + "formedOn", formed, today);
			if (t.disbandedOn() != null && (t.disbandedOn().isBefore(formed) || t.disbandedOn().isAfter(today))) {
				errors.add(new FieldError(p + "disbandedOn", "must lie between formedOn and today"));
			}
			String station = null;
			String grid = blankToNull(t.gridCode());
			if (grid != null) {
				Grid g = grids.find(grid).filter(Grid::active).filter(x -> scope.permits(x.stationCode())).orElse(null);
				if (g == null) {
					errors.add(new FieldError(p + "gridCode", "is not an active grid of your data scope"));
				}
				else {
					station = g.stationCode();
				}
			}
			else {
				String s = blankToNull(t.stationCode());
				OrgUnit unit = s == null ? null : organization.findUnit(s).orElse(null);
				if (unit == null || unit.kind() != OrgUnitKind.STATION || !scope.permits(unit.code())) {
					errors.add(new FieldError(p + "stationCode", "must be a station of your data scope (or give a grid)"));
				}
				else {
					station = unit.code();
				}
			}
			if (t.code() != null && !t.code().isBlank()) {
				String code = t.code().strip();
				boolean exists = !codes.add(code) || jdbc.sql("SELECT count(*) FROM community_volunteer_team WHERE code = ?")
					.param(code).query(Long.class).single() > 0;
				if (exists) {
					errors.add(new FieldError(p + "code", "is taken by another team"));
				}
			}
			if (errors.size() == before) {
				rows.add(new Object[] { UUID.randomUUID(), t.code().strip(), t.name().strip(), station, grid,
						blankToNull(t.area()), t.leaderName().strip(), formed, t.disbandedOn(), demo,
						support.now() });
			}
		}
		CommunitySupport.reject(errors, "The volunteer team is invalid.");
		return rows;
	}

	// ---- members

	private static final String VOLUNTEER_COLUMNS = """
			v.id, t.code AS team_code, v.station_code, v.name, v.phone, v.real_name_verified, v.joined_on, v.left_on,
			(SELECT count(*) FROM community_activity_participant p WHERE p.volunteer_id = v.id) AS activities,
			(SELECT coalesce(sum(a.hours), 0) FROM community_activity_participant p
			   JOIN community_volunteer_activity a ON a.id = p.activity_id WHERE p.volunteer_id = v.id) AS hours\s""";

	private Volunteer volunteer(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		LocalDate left = rs.getObject("left_on", LocalDate.class);
		return new Volunteer(id, rs.getString("team_code"), rs.getString("station_code"),
				privateData.name(rs.getString("name"), VOLUNTEER_TYPE, id),
				privateData.phone(rs.getString("phone"), VOLUNTEER_TYPE, id), rs.getBoolean("real_name_verified"),
				rs.getObject("joined_on", LocalDate.class), left, left == null || left.isAfter(support.today()),
				rs.getLong("activities"), rs.getBigDecimal("hours"));
	}

	/** One page of a team's members (404 for a team outside the scope), active ones or those who left. */
	@Transactional(readOnly = true)
	public Page<Volunteer> members(String teamCode, Boolean active, int page, int size) {
		Page.check(page, size);
		TeamRef team = teamRef(teamCode, DataScope.current());
		if (team == null) {
			throw new NotFoundException("Volunteer team");
		}
		String where = "v.team_id = :team" + (active == null ? "" : active ? " AND v.left_on IS NULL" : " AND v.left_on IS NOT NULL");
		long total = jdbc.sql("SELECT count(*) FROM community_volunteer v WHERE " + where).param("team", team.id())
			.query(Long.class).single();
		List<Volunteer> items = jdbc.sql("SELECT " + VOLUNTEER_COLUMNS + """
				\sFROM community_volunteer v JOIN community_volunteer_team t ON t.id = v.team_id WHERE """ + " " + where
				+ " ORDER BY v.joined_on, v.id LIMIT :limit OFFSET :offset")
			.param("team", team.id())
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query((rs, n) -> volunteer(rs))
			.list();
		return new Page<>(items, page, size, total);
	}

	@Transactional(readOnly = true)
	public Volunteer volunteer(UUID id) {
		DataScope scope = DataScope.current();
		return jdbc.sql("SELECT " + VOLUNTEER_COLUMNS + """
				\sFROM community_volunteer v JOIN community_volunteer_team t ON t.id = v.team_id
				WHERE v.id = :id AND """ + " " + scope.sqlCondition("v.station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query((rs, n) -> volunteer(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Volunteer"));
	}

	/** A volunteer joins a team (once per Idempotency-Key). */
	@Transactional
	public Volunteer register(String idempotencyKey, NewVolunteer input) {
		CommunitySupport.Created created = support.once(idempotencyKey, VOLUNTEER_TYPE, input, () -> {
			List<Object[]> rows = volunteerRows(List.of(input), false, "");
			Object[] row = rows.get(0);
			bulk.insert("community_volunteer", VOLUNTEER_TABLE, VOLUNTEER_TYPES, rows);
			audit.record(AuditAction.CREATE, VOLUNTEER_TYPE, row[0], AuditOutcome.SUCCESS, ChangeSummary.builder()
				.change("team", null, input.teamCode())
				.mask("name", Masking::name).change("name", null, row[3])
				.mask("phone", Masking::phone).change("phone", null, row[4])
				.change("realNameVerified", null, row[5])
				.build());
			events.publishEvent(new IndicatorRecordChanged(VOLUNTEER_TYPE, (UUID) row[0]));
			return (UUID) row[0];
		});
		return volunteer(created.id());
	}

	/** A volunteer leaves on a day (default today); 409 when they left already. */
	@Transactional
	public Volunteer leave(UUID id, LocalDate on) {
		Volunteer v = volunteer(id);
		if (v.leftOn() != null) {
			throw new ConflictException("The volunteer left on " + v.leftOn());
		}
		LocalDate day = on == null ? support.today() : on;
		if (day.isBefore(v.joinedOn()) || day.isAfter(support.today())) {
			throw new InvalidInputException("leftOn", "must lie between the day the volunteer joined and today");
		}
		jdbc.sql("UPDATE community_volunteer SET left_on = ? WHERE id = ?").params(day, id).update();
		audit.record(AuditAction.UPDATE, VOLUNTEER_TYPE, id, AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("leftOn", null, day.toString()).build());
		events.publishEvent(new IndicatorRecordChanged(VOLUNTEER_TYPE, id));
		return volunteer(id);
	}

	private static final String[] VOLUNTEER_TABLE = { "id", "team_id", "station_code", "name", "phone",
			"real_name_verified", "joined_on", "left_on", "demo", "created_at" };

	private static final String[] VOLUNTEER_TYPES = { "uuid", "uuid", "text", "text", "text", "bool", "date", "date",
			"bool", "timestamptz" };

	private List<Object[]> volunteerRows(List<NewVolunteer> volunteers, boolean demo, String prefix) {
		DataScope scope = DataScope.current();
		LocalDate today = support.today();
		Map<String, TeamRef> teams = new HashMap<>();
		List<FieldError> errors = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < volunteers.size() && errors.size() < 100; i++) {
			NewVolunteer v = volunteers.get(i);
			String p = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
			if (v == null) {
				errors.add(new FieldError(prefix.isEmpty() ? "body" : prefix + "[" + i + "]", "is required"));
				continue;
			}
			int before = errors.size();
			TeamRef team = v.teamCode() == null ? null
					: teams.computeIfAbsent(v.teamCode().strip(), c -> teamRef(c, scope));
			if (team == null) {
				errors.add(new FieldError(p + "teamCode", "is not a volunteer team of your data scope"));
			}
			CommunitySupport.text(errors, p + "name", v.name(), 50, true);
			CommunitySupport.phone(errors, p + "phone", v.phone());
			LocalDate joined = v.joinedOn() == null ? today : v.joinedOn();
			CommunitySupport.notAfter(errors, p + "joinedOn", joined, today);
			if (v.leftOn() != null && (v.leftOn().isBefore(joined) || v.leftOn().isAfter(today))) {
				errors.add(new FieldError(p + "leftOn", "must lie between joinedOn and today"));
			}
			if (team != null && team.disbandedOn() != null && v.leftOn() == null) {
				errors.add(new FieldError(p + "teamCode", "the team was disbanded"));
			}
			if (errors.size() == before) {
				rows.add(new Object[] { UUID.randomUUID(), team.id(), team.stationCode(), v.name().strip(),
						CommunitySupport.normalisePhone(v.phone()), v.realNameVerified(), joined, v.leftOn(), demo,
						support.now() });
			}
		}
		CommunitySupport.reject(errors, "The volunteer is invalid.");
		return rows;
	}

	// ---- activities

	/** Records a team's activity (once per Idempotency-Key); named volunteers must be members of the team. */
	@Transactional
	public VolunteerActivity recordActivity(String idempotencyKey, NewActivity input) {
		CommunitySupport.Created created = support.once(idempotencyKey, ACTIVITY_TYPE, input, () -> {
			UUID id = insertActivities(List.of(input), false, "").get(0);
			audit.record(AuditAction.CREATE, ACTIVITY_TYPE, id, AuditOutcome.SUCCESS, ChangeSummary.builder()
				.change("team", null, input.teamCode()).change("type", null, String.valueOf(input.type()))
				.change("heldOn", null, String.valueOf(input.heldOn())).change("participants", null, input.participants())
				.build());
			return id;
		});
		return activity(created.id());
	}

	@Transactional(readOnly = true)
	public VolunteerActivity activity(UUID id) {
		DataScope scope = DataScope.current();
		return jdbc.sql("""
				SELECT a.id, t.code, a.station_code, a.type, a.held_on, a.place, a.participants, a.hours, a.summary,
				       ARRAY(SELECT p.volunteer_id::text FROM community_activity_participant p WHERE p.activity_id = a.id) AS vs
				FROM community_volunteer_activity a JOIN community_volunteer_team t ON t.id = a.team_id
				WHERE a.id = :id AND """ + " " + scope.sqlCondition("a.station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query((rs, n) -> activity(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Activity"));
	}

	private static VolunteerActivity activity(ResultSet rs) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		for (String s : (String[]) rs.getArray("vs").getArray()) {
			ids.add(UUID.fromString(s));
		}
		return new VolunteerActivity(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				ActivityType.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7),
				rs.getBigDecimal(8), rs.getString(9), ids);
	}

	/** One page of the caller's activities, newest first, optionally of one team, type and period. */
	@Transactional(readOnly = true)
	public Page<VolunteerActivity> activities(String teamCode, ActivityType type, LocalDate from, LocalDate to, int page,
			int size) {
		Page.check(page, size);
		DataScope scope = DataScope.current();
		StringBuilder where = new StringBuilder(scope.sqlCondition("a.station_code"));
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (blankToNull(teamCode) != null) {
			where.append(" AND t.code = :team");
			params.put("team", teamCode.strip());
		}
		if (type != null) {
			where.append(" AND a.type = :type");
			params.put("type", type.name());
		}
		if (from != null) {
			where.append(" AND a.held_on >= :from");
			params.put("from", from);
		}
		if (to != null) {
			where.append(" AND a.held_on <= :to");
			params.put("to", to);
		}
		String base = " FROM community_volunteer_activity a JOIN community_volunteer_team t ON t.id = a.team_id WHERE " + where;
		long total = jdbc.sql("SELECT count(*)" + base).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<VolunteerActivity> items = jdbc.sql("""
				SELECT a.id, t.code, a.station_code, a.type, a.held_on, a.place, a.participants, a.hours, a.summary,
				       ARRAY(SELECT p.volunteer_id::text FROM community_activity_participant p WHERE p.activity_id = a.id) AS vs
				""" + base + " ORDER BY a.held_on DESC, a.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> activity(rs))
			.list();
		return new Page<>(items, page, size, total);
	}

	private List<UUID> insertActivities(List<NewActivity> activities, boolean demo, String prefix) {
		DataScope scope = DataScope.current();
		LocalDate today = support.today();
		Map<String, TeamRef> teams = new HashMap<>();
		List<FieldError> errors = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> participants = new ArrayList<>();
		for (int i = 0; i < activities.size() && errors.size() < 100; i++) {
			NewActivity a = activities.get(i);
			String p = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
			if (a == null) {
				errors.add(new FieldError(prefix.isEmpty() ? "body" : prefix + "[" + i + "]", "is required"));
				continue;
			}
			int before = errors.size();
			TeamRef team = a.teamCode() == null ? null : teams.computeIfAbsent(a.teamCode().strip(), c -> teamRef(c, scope));
			if (team == null) {
				errors.add(new FieldError(p + "teamCode", "is not a volunteer team of your data scope"));
			}
			CommunitySupport.required(errors, p + "type", a.type());
			CommunitySupport.required(errors, p + "heldOn", a.heldOn());
			CommunitySupport.notAfter(errors, p + "heldOn", a.heldOn(), today);
			CommunitySupport.text(errors, p + "place", a.place(), 200, true);
			CommunitySupport.text(errors, p + "summary", a.summary(), 2000, false);
			List<UUID> named = a.volunteerIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(a.volunteerIds()));
			int count = a.participants() == null ? named.size() : a.participants();
			if (count < 1 || count > 100_000) {
				errors.add(new FieldError(p + "participants", "must be between 1 and 100000"));
			}
			else if (count < named.size()) {
				errors.add(new FieldError(p + "participants", "must not be fewer than the volunteers named"));
			}
			if (a.hours() == null || a.hours().signum() <= 0 || a.hours().compareTo(BigDecimal.valueOf(24)) > 0) {
				errors.add(new FieldError(p + "hours", "must be more than 0 and at most 24"));
			}
			if (team != null && !named.isEmpty()) {
				long members = jdbc.sql("SELECT count(*) FROM community_volunteer WHERE team_id = :team AND id IN (:ids)")
					.param("team", team.id()).param("ids", named).query(Long.class).single();
				if (members != named.size()) {
					errors.add(new FieldError(p + "volunteerIds", "must all be members of the team"));
				}
			}
			if (errors.size() == before) {
				UUID id = UUID.randomUUID();
				rows.add(new Object[] { id, team.id(), team.stationCode(), a.type().name(), a.heldOn(), a.place().strip(),
						count, a.hours().setScale(1, java.math.RoundingMode.HALF_UP), blankToNull(a.summary()), demo,
						support.now() });
				for (UUID v : named) {
					participants.add(new Object[] { id, v });
				}
			}
		}
		CommunitySupport.reject(errors, "The activity is invalid.");
		bulk.insert("community_volunteer_activity",
				new String[] { "id", "team_id", "station_code", "type", "held_on", "place", "participants", "hours",
						"summary", "demo", "created_at" },
				new String[] { "uuid", "uuid", "text", "text", "date", "text", "int", "numeric", "text", "bool",
						"timestamptz" }, rows);
		bulk.insert("community_activity_participant", new String[] { "activity_id", "volunteer_id" },
				new String[] { "uuid", "uuid" }, participants);
		return rows.stream().map(r -> (UUID) r[0]).toList();
	}

	// ---- leads

	private static final String LEAD_COLUMNS = """
			l.id, t.code, l.volunteer_id, l.station_code, l.reported_at, l.summary, l.address, l.lat, l.lng, l.status,
			l.incident_id, l.incident_number, l.handled_by, l.handled_note, l.version\s""";

	private static Lead lead(ResultSet rs) throws SQLException {
		return new Lead(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
				rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), (Double) rs.getObject(8),
				(Double) rs.getObject(9), LeadStatus.valueOf(rs.getString(10)), rs.getObject(11, UUID.class),
				rs.getString(12), rs.getString(13), rs.getString(14));
	}

	/** A volunteer reports a lead (once per Idempotency-Key); it goes to the team's station's queue. */
	@Transactional
	public Lead reportLead(String idempotencyKey, NewLead input) {
		CommunitySupport.Created created = support.once(idempotencyKey, LEAD_TYPE, input, () -> {
			DataScope scope = DataScope.current();
			if (input == null) {
				throw new InvalidInputException("body", "is required");
			}
			List<FieldError> errors = new ArrayList<>();
			TeamRef team = input.teamCode() == null ? null : teamRef(input.teamCode(), scope);
			if (team == null) {
				errors.add(new FieldError("teamCode", "is not a volunteer team of your data scope"));
			}
			CommunitySupport.text(errors, "summary", input.summary(), 2000, true);
			CommunitySupport.text(errors, "address", input.address(), 200, false);
			if (input.lat() == null || input.lng() == null || !Double.isFinite(input.lat()) || input.lat() < -90
					|| input.lat() > 90 || !Double.isFinite(input.lng()) || input.lng() < -180 || input.lng() > 180) {
				errors.add(new FieldError("lat", "lat and lng (WGS84 degrees) are required"));
			}
			if (team != null && input.volunteerId() != null && jdbc.sql(
					"SELECT count(*) FROM community_volunteer WHERE id = ? AND team_id = ?")
				.params(input.volunteerId(), team.id()).query(Long.class).single() == 0) {
				errors.add(new FieldError("volunteerId", "is not a member of the team"));
			}
			CommunitySupport.reject(errors, "The lead is invalid.");
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					INSERT INTO community_lead (id, station_code, team_id, volunteer_id, reported_at, summary, address, lat,
					                            lng, status)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW')""")
				.params(id, team.stationCode(), team.id(), input.volunteerId(), support.nowTimestamp(),
						input.summary().strip(), blankToNull(input.address()), input.lat(), input.lng())
				.update();
			audit.record(AuditAction.CREATE, LEAD_TYPE, id, AuditOutcome.SUCCESS, ChangeSummary.builder()
				.change("team", null, team.code()).change("station", null, team.stationCode()).build());
			return id;
		});
		return lead(created.id());
	}

	@Transactional(readOnly = true)
	public Lead lead(UUID id) {
		DataScope scope = DataScope.current();
		return jdbc.sql("SELECT " + LEAD_COLUMNS + """
				\sFROM community_lead l JOIN community_volunteer_team t ON t.id = l.team_id
				WHERE l.id = :id AND """ + " " + scope.sqlCondition("l.station_code"))
			.param("id", id)
			.params(scope.sqlParameters())
			.query((rs, n) -> lead(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Lead"));
	}

	/** The station's lead queue: one page, newest first, optionally of one status. */
	@Transactional(readOnly = true)
	public Page<Lead> leads(LeadStatus status, int page, int size) {
		Page.check(page, size);
		DataScope scope = DataScope.current();
		String where = scope.sqlCondition("l.station_code") + (status == null ? "" : " AND l.status = :status");
		Map<String, Object> params = new HashMap<>(scope.sqlParameters());
		if (status != null) {
			params.put("status", status.name());
		}
		long total = jdbc.sql("SELECT count(*) FROM community_lead l WHERE " + where).params(params).query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", Page.offset(page, size));
		List<Lead> items = jdbc.sql("SELECT " + LEAD_COLUMNS + """
				\sFROM community_lead l JOIN community_volunteer_team t ON t.id = l.team_id WHERE """ + " " + where
				+ " ORDER BY l.reported_at DESC, l.id LIMIT :limit OFFSET :offset").params(params)
			.query((rs, n) -> lead(rs)).list();
		return new Page<>(items, page, size, total);
	}

	/**
	 * Turns a new lead into an incident (a tip-off, 举报) through the command centre's intake; 409 unless the lead is
	 * still new. The incident's number is kept on the lead.
	 */
	@Transactional
	public Lead openIncident(UUID id) {
		Lead lead = lead(id);
		if (lead.status() != LeadStatus.NEW) {
			throw new ConflictException("The lead is " + lead.status() + " already");
		}
		IncidentDetail incident = incidents.create(new IncidentRequest(IncidentChannel.TRANSFER, IncidentCategory.REPORT,
				"OTHER_REPORT", null, null,
				new IncidentRequest.Point(lead.lat(), lead.lng(), lead.address()), null,
				"义警线索（" + lead.teamCode() + "）：" + lead.summary(), false));
		handle(lead, LeadStatus.INCIDENT_OPENED, incident.id(), incident.number(), null);
		return lead(id);
	}

	/** Dismisses a new lead with a reason; 409 unless it is still new. */
	@Transactional
	public Lead dismiss(UUID id, String reason) {
		Lead lead = lead(id);
		if (lead.status() != LeadStatus.NEW) {
			throw new ConflictException("The lead is " + lead.status() + " already");
		}
		List<FieldError> errors = new ArrayList<>();
		CommunitySupport.text(errors, "reason", reason, 2000, true);
		CommunitySupport.reject(errors, "A reason is needed.");
		handle(lead, LeadStatus.DISMISSED, null, null, reason.strip());
		return lead(id);
	}

	private void handle(Lead lead, LeadStatus status, UUID incidentId, String incidentNumber, String note) {
		int updated = jdbc.sql("""
				UPDATE community_lead SET status = ?, incident_id = ?, incident_number = ?, handled_by = ?, handled_note = ?,
				version = version + 1 WHERE id = ? AND status = 'NEW'""")
			.params(status.name(), incidentId, incidentNumber, CommunitySupport.actorName(), note, lead.id())
			.update();
		if (updated != 1) {
			throw new ConflictException("The lead was handled meanwhile");
		}
		audit.record(AuditAction.UPDATE, LEAD_TYPE, lead.id(), AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("status", lead.status().name(), status.name()).change("incident", null, incidentNumber).build());
	}

	// ---- bulk

	/** What a bulk import wrote. */
	public record Imported(int teams, int volunteers, int activities) {
	}

	/** Imports teams, then their members, then activities (earlier years, the demo district); all or nothing. */
	@Transactional
	public Imported importAll(List<NewVolunteerTeam> teams, List<NewVolunteer> volunteers, List<NewActivity> activities) {
		boolean demo = SystemActor.isDemo();
		List<Object[]> teamRows = teams.isEmpty() ? List.of() : teamRows(teams, demo, "teams");
		bulk.insert("community_volunteer_team", TEAM_TABLE, TEAM_TYPES, teamRows);
		List<Object[]> volunteerRows = volunteers.isEmpty() ? List.of() : volunteerRows(volunteers, demo, "volunteers");
		bulk.insert("community_volunteer", VOLUNTEER_TABLE, VOLUNTEER_TYPES, volunteerRows);
		int activityCount = activities.isEmpty() ? 0 : insertActivities(activities, demo, "activities").size();
		audit.record(AuditEvent.of(AuditAction.IMPORT, "VolunteerImport", UUID.randomUUID(), AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder()
				.change("teams", null, teamRows.size())
				.change("volunteers", null, volunteerRows.size())
				.change("activities", null, activityCount)
				.change("demo", null, demo)
				.build()));
		return new Imported(teamRows.size(), volunteerRows.size(), activityCount);
	}

	/** The ids of a team's members (whole team, for the demo and imports that name participants). */
	@Transactional(readOnly = true)
	public List<UUID> memberIds(String teamCode) {
		TeamRef team = teamRef(teamCode, DataScope.current());
		if (team == null) {
			throw new NotFoundException("Volunteer team");
		}
		return jdbc.sql("SELECT id FROM community_volunteer WHERE team_id = ? ORDER BY joined_on, id").param(team.id())
			.query(UUID.class).list();
	}


}
