package org.shouwang.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shouwang.community.ActivityType;
import org.shouwang.community.Audience;
import org.shouwang.community.DisputeKind;
import org.shouwang.community.DisputeResult;
import org.shouwang.community.DisputeTier;
import org.shouwang.community.Disputes;
import org.shouwang.community.GridPlan;
import org.shouwang.community.GridTeams;
import org.shouwang.community.HistoricalDispute;
import org.shouwang.community.HistoricalVisit;
import org.shouwang.community.MediationSession;
import org.shouwang.community.NewActivity;
import org.shouwang.community.NewDispute;
import org.shouwang.community.NewLead;
import org.shouwang.community.NewPublicity;
import org.shouwang.community.NewTeamMember;
import org.shouwang.community.NewVolunteer;
import org.shouwang.community.NewVolunteerTeam;
import org.shouwang.community.Party;
import org.shouwang.community.PremisesKind;
import org.shouwang.community.Publicity;
import org.shouwang.community.PublicityFormat;
import org.shouwang.community.PublicityTheme;
import org.shouwang.community.Satisfaction;
import org.shouwang.community.SocialForceKind;
import org.shouwang.community.TeamRole;
import org.shouwang.community.VisitPurpose;
import org.shouwang.community.Visits;
import org.shouwang.community.Volunteers;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;
import org.shouwang.hazards.HazardCategory;
import org.shouwang.hazards.HazardSeverity;
import org.shouwang.hazards.HazardSource;
import org.shouwang.hazards.Hazards;
import org.shouwang.hazards.HistoricalHazard;
import org.shouwang.organization.Officer;
import org.shouwang.organization.OfficerFilter;
import org.shouwang.organization.OfficerRole;
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrgUnitKind;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.security.SystemActor;

import org.springframework.stereotype.Component;

/**
 * The district's community policing of 2024–2025 (and the current year so far), generated as records through the
 * community and hazards modules' services and bulk imports, as the demo actor. Nothing here is a figure: the records'
 * dates and states are chosen so that the 2025 indicators come out as the branch's summary states them — 162 grids
 * with full 3+N teams, 64 volunteer teams with 735 members, 5.6万余 visits, 98.6 % mediation success, community-found
 * hazards −13.5 % on 2024, 112 bank-outlet and 89 campus hazards, 120余 anti-fraud talks, 2万余 leaflets, 1.2万余 app
 * registrations, 96 campus events with 6.5万余 attendance — and so that the current year has understaffed grids,
 * overdue hazards and stuck disputes for the dashboards.
 */
@Component
class CommunityDemo implements DemoStep {

	static final String NAME = "community";

	/** The 2025 plan: what the records are generated to give. */
	static final int VOLUNTEER_TEAMS_2025 = 64;

	static final int VOLUNTEERS_2025 = 735;

	static final int VISITS_2024 = 51_873;

	static final int VISITS_2025 = 56_418;

	static final int COMMUNITY_HAZARDS_2024 = 400;

	static final int COMMUNITY_HAZARDS_2025 = 346;

	static final int BANK_HAZARDS_2024 = 97;

	static final int BANK_HAZARDS_2025 = 112;

	static final int CAMPUS_HAZARDS_2024 = 81;

	static final int CAMPUS_HAZARDS_2025 = 89;

	/** Disputes closed in 2025: mediated, failed, referred (1020 ÷ 1034 = 98.6 %). */
	static final int[] DISPUTES_2025 = { 1020, 9, 5 };

	static final int[] DISPUTES_2024 = { 948, 19, 11 };

	static final int ANTIFRAUD_TALKS_2025 = 124;

	static final int LEAFLET_CAMPAIGNS_2025 = 58;

	static final int LEAFLETS_2025 = 20_560;

	static final int APP_REGISTRATIONS_2025 = 12_380;

	static final int CAMPUS_EVENTS_2025 = 96;

	static final int CAMPUS_ATTENDANCE_2025 = 65_420;

	private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

	private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
		.split("");

	private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国文辉力鹏飞宇浩凯健俊峰亮斌志新海波宁博晨阳帅林雪梅琳丹瑞欣怡佳悦振东旭光永庆春"
		.split("");

	private static final String[] STREETS = { "人民路", "胜利路", "健康路", "自由路", "解放路", "和平路", "新华街", "平原路", "卫河路", "金穗大道",
			"牧野路", "建设路", "东明街", "西大街", "红旗街", "劳动路", "新中大道", "华兰大道", "中同街", "振中街" };

	private final GridTeams teams;

	private final Volunteers volunteers;

	private final Visits visits;

	private final Disputes disputes;

	private final Publicity publicity;

	private final Hazards hazards;

	private final Grids grids;

	private final Places places;

	private final OrganizationDirectory organization;

	CommunityDemo(GridTeams teams, Volunteers volunteers, Visits visits, Disputes disputes, Publicity publicity,
			Hazards hazards, Grids grids, Places places, OrganizationDirectory organization) {
		this.teams = teams;
		this.volunteers = volunteers;
		this.visits = visits;
		this.disputes = disputes;
		this.publicity = publicity;
		this.hazards = hazards;
		this.grids = grids;
		this.places = places;
		this.organization = organization;
	}

	@Override
	public int order() {
		return 470;
	}

	@Override
	public String name() {
		return NAME;
	}

	/** The grid's officers: its community officer and auxiliary, chosen from the station's. */
	private record GridStaff(Grid grid, int index, Officer communityOfficer, Officer auxiliary, GridPlan plan) {
	}

	@Override
	public void load(DemoContext context) {
		SystemActor.run(SystemActor.DEMO, () -> {
			LocalDate today = LocalDate.now(IndicatorPeriod.ZONE);
			List<GridStaff> staff = staff();
			int plans = teams.importPlans(staff.stream().map(GridStaff::plan).toList());
			int members = teams.importMembers(members(context.random("teams"), staff, today));
			context.progress("{} grid plans, {} team members", plans, members);
			Volunteers.Imported v = loadVolunteers(context.random("volunteers"), staff, today);
			context.progress("{} volunteer teams, {} volunteers, {} activities", v.teams(), v.volunteers(), v.activities());
			int visitCount = visits.importHistorical(visits(context.random("visits"), staff, today));
			context.progress("{} visits (2024, 2025, last month and this month so far)", visitCount);
			int hazardCount = hazards.importHistorical(hazards(context.random("hazards"), staff, today));
			context.progress("{} hazards", hazardCount);
			int disputeCount = disputes.importHistorical(disputes(context.random("disputes"), staff, today));
			openDisputes(context.random("open-disputes"), staff, today);
			context.progress("{} disputes", disputeCount);
			int publicityCount = publicity.importHistorical(publicity(context.random("publicity"), staff, today));
			context.progress("{} publicity activities", publicityCount);
			leads(context.random("leads"), staff);
		});
	}

	// ---- teams

	private List<GridStaff> staff() {
		List<Grid> all = grids.list().stream().sorted(Comparator.comparing(Grid::code)).toList();
		Map<String, List<Grid>> byStation = all.stream()
			.collect(Collectors.groupingBy(Grid::stationCode, LinkedHashMap::new, Collectors.toList()));
		Map<String, List<OrgUnit>> posts = organization.allUnits()
			.stream()
			.filter(u -> u.kind() == OrgUnitKind.POLICE_POST && u.active())
			.sorted(Comparator.comparing(OrgUnit::code))
			.collect(Collectors.groupingBy(OrgUnit::parentCode));
		List<GridStaff> result = new ArrayList<>();
		byStation.forEach((station, stationGrids) -> {
			List<Officer> community = officers(station, OfficerRole.COMMUNITY_OFFICER);
			List<Officer> auxiliaries = officers(station, OfficerRole.AUXILIARY);
			// 南桥派出所's 韩金涛 (demo user nanqiao) looks after the station's first two grids.
			community.sort(Comparator.comparing((Officer o) -> !o.name().equals("韩金涛")).thenComparing(Officer::badgeNumber));
			List<OrgUnit> stationPosts = posts.getOrDefault(station, List.of());
			for (int i = 0; i < stationGrids.size(); i++) {
				Grid g = stationGrids.get(i);
				Officer officer = community.get((i / 2) % community.size());
				Officer auxiliary = auxiliaries.get(i % auxiliaries.size());
				String post = stationPosts.isEmpty() ? null
						: stationPosts.get(i * stationPosts.size() / stationGrids.size()).code();
				int addresses = 300 + (int) (Math.abs((long) g.code().hashCode()) % 400);
				result.add(new GridStaff(g, result.size(), officer, auxiliary, new GridPlan(g.code(), post, 30, addresses)));
			}
		});
		return result;
	}

	private List<Officer> officers(String station, OfficerRole role) {
		List<Officer> list = new ArrayList<>(organization.officers(new OfficerFilter(station, role, null, true, null), 0, 200)
			.items());
		if (list.isEmpty()) {
			throw new IllegalStateException("The demo organisation has no " + role + " at " + station);
		}
		return list;
	}

	private List<NewTeamMember> members(SplittableRandom random, List<GridStaff> staff, LocalDate today) {
		List<NewTeamMember> members = new ArrayList<>();
		// A few grids lose a core member in the current year, without a replacement yet: the staffing gaps.
		Set<Integer> understaffed = Set.of(3, 29, 57, 88, 120, 151);
		for (GridStaff s : staff) {
			String grid = s.grid().code();
			LocalDate joined = LocalDate.of(2021 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
			LocalDate leaves = understaffed.contains(s.index()) ? today.minusDays(5 + s.index() % 40) : null;
			boolean gap = leaves != null && leaves.isAfter(END_2025);
			TeamRole lost = TeamRole.values()[s.index() % 3];
			members.add(new NewTeamMember(grid, TeamRole.COMMUNITY_OFFICER, null, s.communityOfficer().id(), null, null,
					joined, gap && lost == TeamRole.COMMUNITY_OFFICER ? leaves : null));
			members.add(new NewTeamMember(grid, TeamRole.AUXILIARY_OFFICER, null, s.auxiliary().id(), null, null, joined,
					gap && lost == TeamRole.AUXILIARY_OFFICER ? leaves : null));
			// The grid worker: in some grids an earlier one left in 2024 and a successor took over the same day.
			if (random.nextInt(5) == 0) {
				LocalDate handover = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
				members.add(new NewTeamMember(grid, TeamRole.GRID_WORKER, null, null, name(random), phone(random), joined,
						handover));
				members.add(new NewTeamMember(grid, TeamRole.GRID_WORKER, null, null, name(random), phone(random), handover,
						gap && lost == TeamRole.GRID_WORKER ? leaves : null));
			}
			else {
				members.add(new NewTeamMember(grid, TeamRole.GRID_WORKER, null, null, name(random), phone(random), joined,
						gap && lost == TeamRole.GRID_WORKER ? leaves : null));
			}
			int forces = 1 + random.nextInt(4);
			for (int f = 0; f < forces; f++) {
				SocialForceKind kind = SocialForceKind.values()[random.nextInt(SocialForceKind.values().length - 1)];
				members.add(new NewTeamMember(grid, TeamRole.SOCIAL_FORCE, kind, null, name(random), phone(random),
						joined.plusDays(random.nextInt(300)), null));
			}
		}
		return members;
	}

	// ---- volunteers

	private Volunteers.Imported loadVolunteers(SplittableRandom random, List<GridStaff> staff, LocalDate today) {
		List<NewVolunteerTeam> teamList = new ArrayList<>();
		List<NewVolunteer> members = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		// 64 teams active at the end of 2025, two disbanded during 2025; 735 registered members active then.
		int total = VOLUNTEER_TEAMS_2025 + 2;
		for (int t = 0; t < total; t++) {
			GridStaff home = staff.get(t * staff.size() / total);
			String code = "YJ-" + home.grid().stationCode() + "-" + String.format("%02d", t + 1);
			boolean disbanded = t >= VOLUNTEER_TEAMS_2025;
			LocalDate formed = LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
			LocalDate disbandedOn = disbanded ? LocalDate.of(2025, 3 + random.nextInt(6), 1 + random.nextInt(28)) : null;
			teamList.add(new NewVolunteerTeam(code, home.grid().name().replace("网格", "") + "义警队", null,
					home.grid().code(), home.grid().name() + "及周边", name(random), formed, disbandedOn));
			codes.add(code);
			int active = disbanded ? 0 : VOLUNTEERS_2025 / VOLUNTEER_TEAMS_2025
					+ (t < VOLUNTEERS_2025 % VOLUNTEER_TEAMS_2025 ? 1 : 0);
			for (int m = 0; m < active; m++) {
				members.add(new NewVolunteer(code, name(random), phone(random), true, later(random, formed, END_2025), null));
			}
			// Members who left before the end of 2025, or with their team.
			int left = disbanded ? 8 : random.nextInt(3);
			for (int m = 0; m < left; m++) {
				LocalDate joined = later(random, formed, LocalDate.of(2025, 1, 31));
				LocalDate leftOn = disbanded ? disbandedOn : later(random, joined, END_2025);
				members.add(new NewVolunteer(code, name(random), phone(random), true, joined,
						leftOn.isBefore(joined) ? joined : leftOn));
			}
			// Not yet real-name registered: in the team, not counted.
			if (!disbanded && t % 9 == 0) {
				members.add(new NewVolunteer(code, name(random), phone(random), false, later(random, formed, END_2025), null));
			}
		}
		Volunteers.Imported imported = volunteers.importAll(teamList, members, List.of());
		List<NewActivity> activities = new ArrayList<>();
		for (int t = 0; t < VOLUNTEER_TEAMS_2025; t++) {
			String code = codes.get(t);
			List<UUID> ids = volunteers.memberIds(code);
			for (int year = 2024; year <= 2025; year++) {
				int count = 8 + random.nextInt(8);
				for (int a = 0; a < count; a++) {
					ActivityType type = ActivityType.values()[random.nextInt(ActivityType.values().length)];
					LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
					List<UUID> named = new ArrayList<>();
					for (UUID id : ids) {
						if (random.nextInt(3) == 0) {
							named.add(id);
						}
					}
					activities.add(new NewActivity(code, type, day, STREETS[random.nextInt(STREETS.length)] + "沿线",
							named.size() + random.nextInt(6) + 1, BigDecimal.valueOf(2 + random.nextInt(5)), named, null));
				}
			}
		}
		Volunteers.Imported withActivities = volunteers.importAll(List.of(), List.of(), activities);
		return new Volunteers.Imported(imported.teams(), imported.volunteers(), withActivities.activities());
	}

	private void leads(SplittableRandom random, List<GridStaff> staff) {
		String[] what = { "小区内发现可疑人员多次尾随老人", "出租屋疑似聚众赌博", "夜间有人撬电动车锁", "商户反映有人推销“高收益理财”",
				"学校门口有人散发不明传单" };
		for (int i = 0; i < 12; i++) {
			GridStaff s = staff.get((i * 13) % staff.size());
			String team = volunteers.teams(s.grid().stationCode(), true, 0, 1).items().stream().findFirst()
				.map(t -> t.code()).orElse(null);
			if (team == null) {
				continue;
			}
			double lat = s.grid().geometry().getInteriorPoint().getY();
			double lng = s.grid().geometry().getInteriorPoint().getX();
			volunteers.reportLead(null, new NewLead(team, null, what[i % what.length],
					STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(200)) + "号", lat, lng));
		}
	}

	// ---- visits

	private List<HistoricalVisit> visits(SplittableRandom random, List<GridStaff> staff, LocalDate today) {
		List<HistoricalVisit> result = new ArrayList<>(VISITS_2024 + VISITS_2025 + 40_000);
		yearOfVisits(random, staff, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), VISITS_2024, result);
		yearOfVisits(random, staff, LocalDate.of(2025, 1, 1), END_2025, VISITS_2025, result);
		LocalDate start = today.minusMonths(1).withDayOfMonth(1);
		LocalDate yesterday = today.minusDays(1);
		if (start.getYear() > 2025 && !yesterday.isBefore(start)) {
			// Last month and this month so far, at a little less than the plan: some grids fall behind it.
			long days = yesterday.toEpochDay() - start.toEpochDay() + 1;
			yearOfVisits(random, staff, start, yesterday, (int) (days * 130), result);
		}
		return result;
	}

	private void yearOfVisits(SplittableRandom random, List<GridStaff> staff, LocalDate from, LocalDate to, int count,
			List<HistoricalVisit> sink) {
		int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
		for (int i = 0; i < count; i++) {
			GridStaff s = staff.get(i % staff.size());
			LocalDate day = from.plusDays(random.nextInt(days));
			int p = random.nextInt(100);
			VisitPurpose purpose = p < 40 ? VisitPurpose.SAFETY_ADVICE : p < 75 ? VisitPurpose.ANTI_FRAUD
					: p < 87 ? VisitPurpose.HAZARD_CHECK : p < 93 ? VisitPurpose.DISPUTE : VisitPurpose.SERVICE_REQUEST;
			boolean shop = random.nextInt(5) == 0;
			Officer officer = random.nextInt(4) == 0 ? s.auxiliary() : s.communityOfficer();
			sink.add(new HistoricalVisit(s.grid().code(), officer.id(), officer.name(), day,
					shop ? PremisesKind.SHOP : PremisesKind.HOUSEHOLD, address(random, s), purpose, null));
		}
	}

	private static String address(SplittableRandom random, GridStaff s) {
		int a = random.nextInt(s.plan().addresses());
		String street = STREETS[(s.index() + a / 60) % STREETS.length];
		return street + (a % 60 + 1) + "号" + (a % 7 + 1) + "单元";
	}

	// ---- hazards

	private List<HistoricalHazard> hazards(SplittableRandom random, List<GridStaff> staff, LocalDate today) {
		List<HistoricalHazard> result = new ArrayList<>();
		List<Place> banks = places.ofKind(PlaceKind.BANK_OUTLET).stream().filter(p -> p.gridCode() != null).toList();
		List<Place> schools = new ArrayList<>(places.ofKind(PlaceKind.SCHOOL));
		schools.addAll(places.ofKind(PlaceKind.KINDERGARTEN));
		schools.removeIf(p -> p.gridCode() == null);
		int[][] plan = { { 2024, COMMUNITY_HAZARDS_2024, BANK_HAZARDS_2024, CAMPUS_HAZARDS_2024 },
				{ 2025, COMMUNITY_HAZARDS_2025, BANK_HAZARDS_2025, CAMPUS_HAZARDS_2025 } };
		String[] community = { "楼道堆放杂物堵塞消防通道", "电动车楼道内充电", "小区监控损坏", "单元门禁失效", "临街商铺私拉电线",
				"沿街路灯损坏", "出租屋未登记", "窨井盖缺失" };
		String[] bank = { "自助银行监控存在盲区", "运钞交接区无隔离", "紧急报警装置未联网", "营业厅防尾随门故障" };
		String[] campus = { "校门口缺少减速带", "周边流动摊贩占道", "学校围墙破损", "上下学时段交通秩序混乱" };
		for (int[] year : plan) {
			LocalDate last = LocalDate.of(year[0], 12, 31);
			for (int i = 0; i < year[1]; i++) {
				GridStaff s = staff.get(random.nextInt(staff.size()));
				result.add(closed(random, i % 5 < 3 ? HazardSource.HOUSEHOLD_VISIT : HazardSource.COMMUNITY_PATROL,
						s.grid().code(), address(random, s), community[random.nextInt(community.length)], year[0], last,
						s.communityOfficer().name()));
			}
			for (int i = 0; i < year[2]; i++) {
				Place bankOutlet = banks.get(i % banks.size());
				result.add(closed(random, HazardSource.BANK_ASSESSMENT, bankOutlet.gridCode(), bankOutlet.name(),
						bank[random.nextInt(bank.length)], year[0], last, "治安大队"));
			}
			for (int i = 0; i < year[3]; i++) {
				Place school = schools.get(i % schools.size());
				result.add(closed(random, HazardSource.CAMPUS_CHECK, school.gridCode(), school.name(),
						campus[random.nextInt(campus.length)], year[0], last, "护校安园专班"));
			}
		}
		// This year: open hazards, some past their deadline (overdue), some just found.
		if (today.getYear() > 2025) {
			for (int i = 0; i < 24; i++) {
				GridStaff s = staff.get((i * 7) % staff.size());
				LocalDate found = today.minusDays(3 + (i * 5) % 60);
				if (found.getYear() < today.getYear()) {
					continue;
				}
				LocalDate deadline = i % 4 == 3 ? null : found.plusDays(i % 2 == 0 ? 7 : 30);
				result.add(new HistoricalHazard(i % 3 == 0 ? HazardSource.COMMUNITY_PATROL : HazardSource.HOUSEHOLD_VISIT,
						null, HazardCategory.values()[i % 5], HazardSeverity.values()[i % 4], address(random, s), null, null,
						s.grid().code(), community[i % community.length], found, s.communityOfficer().name(), deadline,
						deadline == null ? null : "物业服务中心", null, null, null, null, true));
			}
		}
		return result;
	}

	/** A hazard found in the year and taken through the whole lifecycle within it. */
	private static HistoricalHazard closed(SplittableRandom random, HazardSource source, String grid, String place,
			String description, int year, LocalDate last, String foundBy) {
		LocalDate found = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
		LocalDate deadline = found.plusDays(7 + random.nextInt(24));
		LocalDate rectified = found.plusDays(1 + random.nextInt((int) (deadline.toEpochDay() - found.toEpochDay())));
		LocalDate verified = rectified.plusDays(random.nextInt(5));
		HazardCategory category = switch (source) {
			case BANK_ASSESSMENT -> HazardCategory.TECHNICAL_DEFENCE;
			case CAMPUS_CHECK -> random.nextBoolean() ? HazardCategory.TRAFFIC : HazardCategory.PUBLIC_ORDER;
			default -> HazardCategory.values()[random.nextInt(HazardCategory.values().length)];
		};
		return new HistoricalHazard(source, null, category, HazardSeverity.values()[random.nextInt(3)], place, null, null,
				grid, description, found, foundBy, deadline, "责任单位", rectified, "已按要求整改", verified, foundBy, true);
	}

	// ---- disputes

	private List<HistoricalDispute> disputes(SplittableRandom random, List<GridStaff> staff, LocalDate today) {
		List<HistoricalDispute> result = new ArrayList<>();
		closedDisputes(random, staff, 2024, DISPUTES_2024, result);
		closedDisputes(random, staff, 2025, DISPUTES_2025, result);
		return result;
	}

	private void closedDisputes(SplittableRandom random, List<GridStaff> staff, int year, int[] results,
			List<HistoricalDispute> sink) {
		String[] what = { "邻里噪音纠纷", "楼上漏水引发纠纷", "停车位占用纠纷", "婚姻家庭矛盾", "拖欠工资纠纷", "物业费纠纷", "轻微交通事故赔偿纠纷" };
		for (int r = 0; r < results.length; r++) {
			DisputeResult result = DisputeResult.values()[r];
			for (int i = 0; i < results[r]; i++) {
				GridStaff s = staff.get(random.nextInt(staff.size()));
				DisputeTier tier = random.nextInt(10) < 7 ? DisputeTier.SIMPLE
						: random.nextInt(3) < 2 ? DisputeTier.COMPLEX : DisputeTier.DIFFICULT;
				LocalDate received = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
				LocalDate assigned = received.plusDays(random.nextInt(2));
				List<MediationSession> sessions = new ArrayList<>();
				int count = result == DisputeResult.REFERRED ? random.nextInt(2) : 1 + random.nextInt(tier == DisputeTier.SIMPLE ? 1 : 3);
				LocalDate day = assigned;
				for (int k = 0; k < count; k++) {
					day = day.plusDays(random.nextInt(Math.max(1, tier.days() / 3)));
					sessions.add(new MediationSession(day, s.communityOfficer().name(), null));
				}
				LocalDate closed = day.plusDays(random.nextInt(2));
				LocalDate followUp = random.nextInt(10) < 9 ? closed.plusDays(3 + random.nextInt(10)) : null;
				if (followUp != null && followUp.getYear() > year) {
					followUp = LocalDate.of(year, 12, 31);
				}
				Satisfaction satisfaction = result == DisputeResult.MEDIATED
						? (random.nextInt(10) < 8 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED)
						: Satisfaction.values()[random.nextInt(3)];
				DisputeKind kind = DisputeKind.values()[random.nextInt(DisputeKind.values().length)];
				sink.add(new HistoricalDispute(s.grid().code(), kind, tier, what[random.nextInt(what.length)], received,
						parties(random), "社区民警" + s.communityOfficer().name(), assigned, sessions, result,
						result == DisputeResult.REFERRED ? "卫滨区人民法院" : null, closed, followUp,
						followUp == null ? null : satisfaction));
			}
		}
	}

	/** This year's open disputes through the services: some stuck past their deadline, some in mediation. */
	private void openDisputes(SplittableRandom random, List<GridStaff> staff, LocalDate today) {
		if (today.getYear() <= 2025) {
			return;
		}
		for (int i = 0; i < 18; i++) {
			GridStaff s = staff.get((i * 11 + 2) % staff.size());
			LocalDate received = today.minusDays(1 + (i * 3) % 40);
			if (received.getYear() < today.getYear()) {
				continue;
			}
			String number = disputes.receive(new NewDispute(s.grid().code(), DisputeKind.values()[i % 7],
					DisputeTier.values()[i % 3], "邻里纠纷（待调处）", received, parties(random), null)).number();
			if (i % 3 != 0) {
				disputes.assign(number, "社区民警" + s.communityOfficer().name(), received);
			}
			if (i % 3 == 2) {
				disputes.mediate(number, new MediationSession(received.plusDays(1).isAfter(today) ? today : received.plusDays(1),
						s.communityOfficer().name(), "首次调解，双方分歧较大"));
			}
		}
	}

	private List<Party> parties(SplittableRandom random) {
		return List.of(new Party(name(random), phone(random)), new Party(name(random), phone(random)));
	}

	// ---- publicity

	private List<NewPublicity> publicity(SplittableRandom random, List<GridStaff> staff, LocalDate today) {
		List<NewPublicity> result = new ArrayList<>();
		yearOfPublicity(random, staff, 2024, 111, 52, 21_300, 11_050, 90, 60_100, result);
		yearOfPublicity(random, staff, 2025, ANTIFRAUD_TALKS_2025, LEAFLET_CAMPAIGNS_2025, LEAFLETS_2025,
				APP_REGISTRATIONS_2025, CAMPUS_EVENTS_2025, CAMPUS_ATTENDANCE_2025, result);
		return result;
	}

	/**
	 * One year of publicity: talks with their leaflets and app registrations, leaflet campaigns, campus events. The
	 * year's leaflets, registrations and campus attendance are shared out over its records by random weights.
	 */
	private static void yearOfPublicity(SplittableRandom random, List<GridStaff> staff, int year, int talks,
			int campaigns, int leaflets, int registrations, int campusEvents, int attendance, List<NewPublicity> sink) {
		int[] leafletShares = distribute(random, leaflets, talks + campaigns, talks, 1, 3);
		int[] registrationShares = distribute(random, registrations, talks + campaigns, talks, 3, 1);
		Audience[] audiences = { Audience.RESIDENTS, Audience.ELDERLY, Audience.ENTERPRISE, Audience.BANK_CUSTOMERS };
		for (int i = 0; i < talks; i++) {
			GridStaff s = staff.get(random.nextInt(staff.size()));
			sink.add(new NewPublicity(null, s.grid().code(), PublicityTheme.ANTI_FRAUD,
					random.nextInt(3) == 0 ? PublicityFormat.LECTURE : PublicityFormat.TALK, audiences[random.nextInt(4)],
					day(random, year), s.grid().name() + "社区活动室", 40 + random.nextInt(160), leafletShares[i],
					registrationShares[i], "反诈宣讲"));
		}
		for (int i = 0; i < campaigns; i++) {
			GridStaff s = staff.get(random.nextInt(staff.size()));
			sink.add(new NewPublicity(null, s.grid().code(), PublicityTheme.ANTI_FRAUD, PublicityFormat.LEAFLETS,
					Audience.RESIDENTS, day(random, year), STREETS[random.nextInt(STREETS.length)] + "广场", 0,
					leafletShares[talks + i], registrationShares[talks + i], "反诈宣传资料发放"));
		}
		int[] attendanceShares = distribute(random, attendance, campusEvents, campusEvents, 1, 1);
		PublicityFormat[] formats = { PublicityFormat.LECTURE, PublicityFormat.DRILL, PublicityFormat.COMPETITION,
				PublicityFormat.TALK };
		for (int i = 0; i < campusEvents; i++) {
			GridStaff s = staff.get(random.nextInt(staff.size()));
			sink.add(new NewPublicity(null, s.grid().code(),
					random.nextBoolean() ? PublicityTheme.LAW_ON_CAMPUS : PublicityTheme.SAFETY, formats[i % 4],
					Audience.STUDENTS, day(random, year), s.grid().name() + "学校", attendanceShares[i], 0, 0, "法治进校园"));
		}
	}

	/**
	 * Shares {@code total} out over {@code n} records by random weights (the first {@code split} records weigh
	 * {@code firstWeight}, the others {@code restWeight}, times a random factor 1–2); the shares add up to the total.
	 */
	static int[] distribute(SplittableRandom random, int total, int n, int split, int firstWeight, int restWeight) {
		double[] weights = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			weights[i] = (i < split ? firstWeight : restWeight) * (1 + random.nextDouble());
			sum += weights[i];
		}
		int[] shares = new int[n];
		int given = 0;
		for (int i = 0; i < n; i++) {
			shares[i] = (int) Math.floor(total * weights[i] / sum);
			given += shares[i];
		}
		for (int i = 0; given < total; i = (i + 1) % n) {
			shares[i]++;
			given++;
		}
		return shares;
	}

	private static LocalDate day(SplittableRandom random, int year) {
		return LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
	}

	// ---- helpers

	private final Set<String> names = new HashSet<>();

	private String name(SplittableRandom random) {
		for (int attempt = 0;; attempt++) {
			String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
					+ (random.nextInt(10) < 7 ? GIVEN[random.nextInt(GIVEN.length)] : "");
			if (names.add(name) || attempt > 20) {
				return name;
			}
		}
	}

	private static String phone(SplittableRandom random) {
		return "13" + (1 + random.nextInt(9)) + String.format("%08d", random.nextInt(100_000_000));
	}

	private static LocalDate later(SplittableRandom random, LocalDate from, LocalDate latest) {
		long span = latest.toEpochDay() - from.toEpochDay();
		return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
	}
}
