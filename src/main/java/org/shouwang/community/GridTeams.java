package org.shouwang.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.community.internal.BulkInsert;
import org.shouwang.community.internal.CommunitySupport;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.organization.Officer;
import org.shouwang.organization.OfficerRole;
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
import org.shouwang.security.PersonalData;
import org.shouwang.security.SystemActor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.shouwang.community.internal.CommunitySupport.blankToNull;

/**
 * The 3+N grid teams: for each grid its community officer, auxiliary officer and grid worker (the three core roles)
 * plus N social forces; a team is full only with all three core roles filled. Staffing gaps per station, police posts
 * (警务室) and their grids, each grid's visit plan. Grids come from geography, officers from organisation; a grid of
 * another station is not found (404) for a station-scoped caller.
 */
@Service
public class GridTeams {

	public static final String MEMBER_TYPE = "TeamMember";

	/** Record type of a grid's team in the indicator records (GRIDS). */
	public static final String TEAM_TYPE = "GridTeam";

	private static final Set<TeamRole> CORE = EnumSet.of(TeamRole.COMMUNITY_OFFICER, TeamRole.AUXILIARY_OFFICER,
			TeamRole.GRID_WORKER);

	private final JdbcClient jdbc;

	private final Grids grids;

	private final OrganizationDirectory organization;

	private final PersonalData personalData;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CommunitySupport support;

	private final BulkInsert bulk;

	GridTeams(JdbcClient jdbc, Grids grids, OrganizationDirectory organization, PersonalData personalData,
			AuditTrail audit, ApplicationEventPublisher events, CommunitySupport support, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.grids = grids;
		this.organization = organization;
		this.personalData = personalData;
		this.audit = audit;
		this.events = events;
		this.support = support;
		this.bulk = bulk;
	}

	private record Row(UUID id, String gridCode, String stationCode, TeamRole role, SocialForceKind kind, Long officerId,
			String name, String phone, LocalDate joinedOn, LocalDate leftOn) {

		boolean servingOn(LocalDate day) {
			return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
		}
	}

	// ---- reading

	/** The team of one grid (404 outside the caller's scope). */
	@Transactional(readOnly = true)
	public GridTeam team(String gridCode) {
		Grid grid = grid(gridCode, DataScope.current());
		LocalDate today = support.today();
		return team(grid, members(List.of(grid.code())).getOrDefault(grid.code(), List.of()), plans(), posts(), today);
	}

	/**
	 * One page of the caller's grids' teams (by grid code), optionally of one station, optionally only those with a
	 * staffing gap (a core role missing).
	 */
	@Transactional(readOnly = true)
	public Page<GridTeam> teams(String stationCode, Boolean gapsOnly, int page, int size) {
		Page.check(page, size);
		List<GridTeam> all = allTeams(stationCode, support.today());
		List<GridTeam> matching = Boolean.TRUE.equals(gapsOnly) ? all.stream().filter(t -> !t.full()).toList()
				: Boolean.FALSE.equals(gapsOnly) ? all.stream().filter(GridTeam::full).toList() : all;
		int from = (int) Math.min(matching.size(), Page.offset(page, size));
		return new Page<>(matching.subList(from, Math.min(matching.size(), from + size)), page, size, matching.size());
	}

	/** The caller's grids whose team misses a core role, by station and grid. */
	@Transactional(readOnly = true)
	public List<GridTeam> staffingGaps(String stationCode) {
		return allTeams(stationCode, support.today()).stream().filter(t -> !t.full()).toList();
	}

	private List<GridTeam> allTeams(String stationCode, LocalDate day) {
		DataScope scope = DataScope.current();
		List<Grid> visible = grids.list()
			.stream()
			.filter(g -> scope.permits(g.stationCode()))
			.filter(g -> stationCode == null || stationCode.isBlank() || g.stationCode().equals(stationCode.strip()))
			.sorted(Comparator.comparing(Grid::code))
			.toList();
		Map<String, List<Row>> members = members(visible.stream().map(Grid::code).toList());
		Map<String, GridPlan> plans = plans();
		Map<String, OrgUnit> posts = posts();
		return visible.stream().map(g -> team(g, members.getOrDefault(g.code(), List.of()), plans, posts, day)).toList();
	}

	/** Grids (active, by code) whose team was full at the end of the day, optionally of one station (whole branch). */
	@Transactional(readOnly = true)
	public List<Grid> fullOn(LocalDate day, String stationCode) {
		List<Grid> active = grids.list()
			.stream()
			.filter(g -> stationCode == null || g.stationCode().equals(stationCode))
			.sorted(Comparator.comparing(Grid::code))
			.toList();
		Map<String, List<Row>> members = members(active.stream().map(Grid::code).toList());
		return active.stream().filter(g -> missing(members.getOrDefault(g.code(), List.of()), day).isEmpty()).toList();
	}

	private GridTeam team(Grid grid, List<Row> rows, Map<String, GridPlan> plans, Map<String, OrgUnit> posts,
			LocalDate day) {
		List<Row> serving = rows.stream().filter(r -> r.servingOn(day)).toList();
		List<TeamRole> missing = missing(rows, day);
		GridPlan plan = plans.get(grid.code());
		OrgUnit post = plan == null || plan.postCode() == null ? null : posts.get(plan.postCode());
		return new GridTeam(grid.code(), grid.name(), grid.stationCode(), post == null ? null : post.code(),
				post == null ? null : post.name(), serving.stream().map(r -> view(r, day)).toList(), missing.isEmpty(),
				missing, (int) serving.stream().filter(r -> r.role() == TeamRole.SOCIAL_FORCE).count(),
				plan == null ? 0 : plan.monthlyVisitTarget(), plan == null ? 0 : plan.addresses());
	}

	private static List<TeamRole> missing(List<Row> rows, LocalDate day) {
		EnumSet<TeamRole> present = EnumSet.noneOf(TeamRole.class);
		rows.stream().filter(r -> r.servingOn(day)).forEach(r -> present.add(r.role()));
		return CORE.stream().filter(role -> !present.contains(role)).toList();
	}

	private TeamMember view(Row r, LocalDate day) {
		return new TeamMember(r.id(), r.gridCode(), r.stationCode(), r.role(), r.kind(), r.officerId(), r.name(),
				personalData.phone(r.phone(), MEMBER_TYPE, r.id(), "phone"), r.joinedOn(), r.leftOn(), r.servingOn(day));
	}

	private Map<String, List<Row>> members(List<String> gridCodes) {
		Map<String, List<Row>> result = new HashMap<>();
		if (gridCodes.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				SELECT id, grid_code, station_code, role, social_force_kind, officer_id, name, phone, joined_on, left_on
				FROM community_team_member WHERE grid_code IN (:grids) ORDER BY grid_code, role, joined_on, name""")
			.param("grids", gridCodes)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					TeamRole.valueOf(rs.getString(4)), rs.getString(5) == null ? null : SocialForceKind.valueOf(rs.getString(5)),
					(Long) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
					rs.getObject(10, LocalDate.class)))
			.list()
			.forEach(r -> result.computeIfAbsent(r.gridCode(), k -> new ArrayList<>()).add(r));
		return result;
	}

	private Map<String, GridPlan> plans() {
		Map<String, GridPlan> result = new HashMap<>();
		jdbc.sql("SELECT grid_code, post_code, monthly_visit_target, addresses FROM community_grid_plan")
			.query((rs, n) -> new GridPlan(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
			.list()
			.forEach(p -> result.put(p.gridCode(), p));
		return result;
	}

	/** Each grid's visit plan (whole branch; grids without a plan are absent). */
	@Transactional(readOnly = true)
	public Map<String, GridPlan> visitPlans() {
		return plans();
	}

	private Map<String, OrgUnit> posts() {
		Map<String, OrgUnit> result = new LinkedHashMap<>();
		organization.allUnits().stream().filter(u -> u.kind() == OrgUnitKind.POLICE_POST && u.active())
			.forEach(u -> result.put(u.code(), u));
		return result;
	}

	/** The caller's stations' police posts with their grids. */
	@Transactional(readOnly = true)
	public List<PolicePost> policePosts(String stationCode) {
		DataScope scope = DataScope.current();
		Map<String, List<String>> gridsByPost = new HashMap<>();
		plans().values().stream().filter(p -> p.postCode() != null).sorted(Comparator.comparing(GridPlan::gridCode))
			.forEach(p -> gridsByPost.computeIfAbsent(p.postCode(), k -> new ArrayList<>()).add(p.gridCode()));
		List<PolicePost> result = new ArrayList<>();
		for (OrgUnit post : posts().values()) {
			if (!scope.permits(post.parentCode()) || (stationCode != null && !stationCode.isBlank()
					&& !post.parentCode().equals(stationCode.strip()))) {
				continue;
			}
			result.add(new PolicePost(post.code(), post.name(), post.parentCode(),
					gridsByPost.getOrDefault(post.code(), List.of())));
		}
		return result;
	}

	private Grid grid(String gridCode, DataScope scope) {
		return grids.find(gridCode == null ? null : gridCode.strip())
			.filter(Grid::active)
			.filter(g -> scope.permits(g.stationCode()))
			.orElseThrow(() -> new NotFoundException("Grid"));
	}

	// ---- changes

	/** A member joins a grid's team (audited; the grid must lie in the caller's scope). */
	@Transactional
	public TeamMember addMember(NewTeamMember input) {
		DataScope scope = DataScope.current();
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		Row row = check(input, scope, support.today(), "", grid(input.gridCode(), scope), new ArrayList<>(), true);
		if (row.role().core() && row.leftOn() == null) {
			boolean taken = jdbc.sql("""
					SELECT count(*) FROM community_team_member
					WHERE grid_code = ? AND role = ? AND left_on IS NULL AND (officer_id IS NOT DISTINCT FROM ?) AND name = ?""")
				.params(row.gridCode(), row.role().name(), row.officerId(), row.name())
				.query(Long.class)
				.single() > 0;
			if (taken) {
				throw new ConflictException(row.name() + " already serves in grid " + row.gridCode() + " as " + row.role());
			}
		}
		insert(List.of(row), false);
		audit.record(AuditAction.CREATE, MEMBER_TYPE, row.id(), AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("grid", null, row.gridCode())
			.change("role", null, row.role().name())
			.change("name", null, row.name())
			.mask("phone", PersonalData::maskPhone)
			.change("phone", null, row.phone())
			.change("joinedOn", null, row.joinedOn().toString())
			.build());
		events.publishEvent(new IndicatorRecordChanged(TEAM_TYPE, teamId(row.gridCode())));
		return view(row, support.today());
	}

	/** A member leaves the team on a day (default today); a member who already left is 409. */
	@Transactional
	public TeamMember memberLeaves(UUID memberId, LocalDate leftOn) {
		DataScope scope = DataScope.current();
		Row row = jdbc.sql("""
				SELECT id, grid_code, station_code, role, social_force_kind, officer_id, name, phone, joined_on, left_on
				FROM community_team_member WHERE id = :id AND""" + " " + scope.sqlCondition("station_code"))
			.param("id", memberId)
			.params(scope.sqlParameters())
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					TeamRole.valueOf(rs.getString(4)), rs.getString(5) == null ? null : SocialForceKind.valueOf(rs.getString(5)),
					(Long) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
					rs.getObject(10, LocalDate.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Team member"));
		if (row.leftOn() != null) {
			throw new ConflictException(row.name() + " already left the team on " + row.leftOn());
		}
		LocalDate day = leftOn == null ? support.today() : leftOn;
		if (day.isBefore(row.joinedOn()) || day.isAfter(support.today())) {
			throw new InvalidInputException("leftOn", "must lie between the day the member joined and today");
		}
		jdbc.sql("UPDATE community_team_member SET left_on = ? WHERE id = ?").params(day, row.id()).update();
		audit.record(AuditAction.UPDATE, MEMBER_TYPE, row.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("leftOn", null, day.toString()).build());
		events.publishEvent(new IndicatorRecordChanged(TEAM_TYPE, teamId(row.gridCode())));
		Row left = new Row(row.id(), row.gridCode(), row.stationCode(), row.role(), row.kind(), row.officerId(),
				row.name(), row.phone(), row.joinedOn(), day);
		return view(left, support.today());
	}

	/** Sets a grid's police post and visit plan (audited). */
	@Transactional
	public GridTeam plan(GridPlan plan) {
		DataScope scope = DataScope.current();
		if (plan == null) {
			throw new InvalidInputException("body", "is required");
		}
		Grid grid = grid(plan.gridCode(), scope);
		List<FieldError> errors = new ArrayList<>();
		checkPlan(plan, grid, errors, "");
		CommunitySupport.reject(errors, "The plan is invalid.");
		jdbc.sql("""
				INSERT INTO community_grid_plan (grid_code, station_code, post_code, monthly_visit_target, addresses)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (grid_code) DO UPDATE SET post_code = excluded.post_code,
				monthly_visit_target = excluded.monthly_visit_target, addresses = excluded.addresses""")
			.params(grid.code(), grid.stationCode(), blankToNull(plan.postCode()), plan.monthlyVisitTarget(), plan.addresses())
			.update();
		audit.record(AuditAction.UPDATE, "GridPlan", grid.code(), AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("post", null, blankToNull(plan.postCode()))
			.change("monthlyVisitTarget", null, plan.monthlyVisitTarget())
			.change("addresses", null, plan.addresses())
			.build());
		return team(grid.code());
	}

	private void checkPlan(GridPlan plan, Grid grid, List<FieldError> errors, String p) {
		if (plan.monthlyVisitTarget() < 0 || plan.monthlyVisitTarget() > 100_000) {
			errors.add(new FieldError(p + "monthlyVisitTarget", "must be between 0 and 100000"));
		}
		if (plan.addresses() < 0 || plan.addresses() > 1_000_000) {
			errors.add(new FieldError(p + "addresses", "must be between 0 and 1000000"));
		}
		String post = blankToNull(plan.postCode());
		if (post != null) {
			OrgUnit unit = organization.findUnit(post).orElse(null);
			if (unit == null || unit.kind() != OrgUnitKind.POLICE_POST || !grid.stationCode().equals(unit.parentCode())) {
				errors.add(new FieldError(p + "postCode", "is not a police post of the grid's station"));
			}
		}
	}

	// ---- bulk

	/** Imports team members (present and past) in one go: all checked first, one audit entry per import. */
	@Transactional
	public int importMembers(List<NewTeamMember> members) {
		boolean demo = SystemActor.isDemo();
		if (members == null || members.isEmpty()) {
			throw new InvalidInputException("members", "must not be empty");
		}
		DataScope scope = DataScope.current();
		Map<String, Grid> byCode = new HashMap<>();
		grids.list().forEach(g -> byCode.put(g.code(), g));
		LocalDate today = support.today();
		List<FieldError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < members.size() && errors.size() < 100; i++) {
			NewTeamMember m = members.get(i);
			Grid grid = m == null || m.gridCode() == null ? null : byCode.get(m.gridCode());
			if (grid != null && !scope.permits(grid.stationCode())) {
				grid = null;
			}
			Row row = m == null ? null : check(m, scope, today, "members[" + i + "].", grid, errors, false);
			if (row != null) {
				rows.add(row);
			}
		}
		CommunitySupport.reject(errors, "The import has invalid members; nothing was imported.");
		insert(rows, demo);
		audit.record(AuditEvent.of(AuditAction.IMPORT, "TeamMemberImport", UUID.randomUUID(), AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder().change("members", null, rows.size()).change("demo", null, demo).build()));
		return rows.size();
	}

	/** Imports the grids' posts and visit plans (all checked first; one audit entry). */
	@Transactional
	public int importPlans(List<GridPlan> plans) {
		boolean demo = SystemActor.isDemo();
		DataScope scope = DataScope.current();
		Map<String, Grid> byCode = new HashMap<>();
		grids.list().forEach(g -> byCode.put(g.code(), g));
		List<FieldError> errors = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			GridPlan plan = plans.get(i);
			Grid grid = byCode.get(plan.gridCode());
			if (grid == null || !scope.permits(grid.stationCode())) {
				errors.add(new FieldError("plans[" + i + "].gridCode", "is not an active grid of your data scope"));
				continue;
			}
			checkPlan(plan, grid, errors, "plans[" + i + "].");
			rows.add(new Object[] { grid.code(), grid.stationCode(), blankToNull(plan.postCode()),
					plan.monthlyVisitTarget(), plan.addresses(), demo });
		}
		CommunitySupport.reject(errors, "The import has invalid plans; nothing was imported.");
		bulk.insert("community_grid_plan",
				new String[] { "grid_code", "station_code", "post_code", "monthly_visit_target", "addresses", "demo" },
				new String[] { "text", "text", "text", "int", "int", "bool" }, rows);
		audit.record(AuditEvent.of(AuditAction.IMPORT, "GridPlanImport", UUID.randomUUID(), AuditOutcome.SUCCESS)
			.withChanges(ChangeSummary.builder().change("plans", null, rows.size()).build()));
		return rows.size();
	}

	private Row check(NewTeamMember m, DataScope scope, LocalDate today, String p, Grid grid, List<FieldError> errors,
			boolean throwAtOnce) {
		int before = errors.size();
		if (grid == null) {
			errors.add(new FieldError(p + "gridCode", "is not an active grid of your data scope"));
		}
		CommunitySupport.required(errors, p + "role", m.role());
		LocalDate joined = m.joinedOn() == null ? today : m.joinedOn();
		CommunitySupport.notAfter(errors, p + "joinedOn", joined, today);
		if (m.leftOn() != null && (m.leftOn().isBefore(joined) || m.leftOn().isAfter(today))) {
			errors.add(new FieldError(p + "leftOn", "must lie between joinedOn and today"));
		}
		String name = blankToNull(m.name());
		Long officerId = null;
		if (m.role() == TeamRole.COMMUNITY_OFFICER || m.role() == TeamRole.AUXILIARY_OFFICER) {
			OfficerRole needed = m.role() == TeamRole.COMMUNITY_OFFICER ? OfficerRole.COMMUNITY_OFFICER : OfficerRole.AUXILIARY;
			Officer officer = m.officerId() == null ? null : organization.findOfficer(m.officerId()).orElse(null);
			String station = officer == null ? null
					: organization.stationOf(officer.unitCode()).map(OrgUnit::code).orElse(null);
			if (officer == null || !officer.active() || officer.role() != needed || grid == null
					|| !grid.stationCode().equals(station)) {
				errors.add(new FieldError(p + "officerId", "must be an active " + needed + " of the grid's station"));
			}
			else {
				officerId = officer.id();
				name = officer.name();
			}
			if (m.socialForceKind() != null) {
				errors.add(new FieldError(p + "socialForceKind", "is only for social forces"));
			}
		}
		else if (m.role() != null) {
			if (m.officerId() != null) {
				errors.add(new FieldError(p + "officerId", "is only for the community officer and the auxiliary officer"));
			}
			CommunitySupport.text(errors, p + "name", m.name(), 50, true);
			if (m.role() == TeamRole.SOCIAL_FORCE && m.socialForceKind() == null) {
				errors.add(new FieldError(p + "socialForceKind", "is required for a social force"));
			}
			if (m.role() == TeamRole.GRID_WORKER && m.socialForceKind() != null) {
				errors.add(new FieldError(p + "socialForceKind", "is only for social forces"));
			}
		}
		CommunitySupport.phone(errors, p + "phone", m.phone());
		if (throwAtOnce) {
			CommunitySupport.reject(errors, "The team member is invalid.");
		}
		if (errors.size() > before) {
			return null;
		}
		return new Row(UUID.randomUUID(), grid.code(), grid.stationCode(), m.role(),
				m.role() == TeamRole.SOCIAL_FORCE ? m.socialForceKind() : null, officerId, name,
				CommunitySupport.normalisePhone(m.phone()), joined, m.leftOn());
	}

	private void insert(List<Row> rows, boolean demo) {
		List<Object[]> values = new ArrayList<>(rows.size());
		java.sql.Timestamp now = support.nowTimestamp();
		for (Row r : rows) {
			values.add(new Object[] { r.id(), r.gridCode(), r.stationCode(), r.role().name(),
					r.kind() == null ? null : r.kind().name(), r.officerId(), r.name(), r.phone(), r.joinedOn(), r.leftOn(),
					demo, now.toInstant() });
		}
		bulk.insert("community_team_member",
				new String[] { "id", "grid_code", "station_code", "role", "social_force_kind", "officer_id", "name", "phone",
						"joined_on", "left_on", "demo", "created_at" },
				new String[] { "uuid", "text", "text", "text", "text", "bigint", "text", "text", "date", "date", "bool",
						"timestamptz" }, values);
	}

	/** The stable id of a grid's team in the indicator records. */
	public static UUID teamId(String gridCode) {
		return UUID.nameUUIDFromBytes(("grid-team:" + gridCode).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
