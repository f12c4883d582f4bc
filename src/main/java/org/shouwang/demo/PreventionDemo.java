package org.shouwang.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.shouwang.command.IncidentCategory;
import org.shouwang.geography.Jurisdictions;
import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;
import org.shouwang.organization.Officer;
import org.shouwang.organization.OfficerFilter;
import org.shouwang.organization.OfficerRole;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.prevention.CampusGuardInput;
import org.shouwang.prevention.ClosingInput;
import org.shouwang.prevention.DeploymentInput;
import org.shouwang.prevention.EvaluationInput;
import org.shouwang.prevention.GuardMode;
import org.shouwang.prevention.Guards;
import org.shouwang.prevention.HotspotAnalysisView;
import org.shouwang.prevention.HotspotCell;
import org.shouwang.prevention.HotspotRequest;
import org.shouwang.prevention.Hotspots;
import org.shouwang.prevention.KeyPlaceGuardInput;
import org.shouwang.prevention.PatrolPlanInput;
import org.shouwang.prevention.PatrolPlanView;
import org.shouwang.prevention.PatrolPlanning;
import org.shouwang.prevention.Peaks;
import org.shouwang.prevention.PlanKind;
import org.shouwang.prevention.PostKind;
import org.shouwang.prevention.Remediation;
import org.shouwang.prevention.RemediationInput;
import org.shouwang.prevention.RemediationView;
import org.shouwang.prevention.RosterView;
import org.shouwang.prevention.SchoolDutyInput;
import org.shouwang.prevention.Shift;

import org.shouwang.security.SystemActor;

import org.springframework.stereotype.Component;

/**
 * 立体防控 of the demo district, through the prevention module's services: the 12 key places under 定点值守 + 动态巡逻 +
 * 视频巡查, every school, kindergarten and hospital guarded (100 %) with a 护学岗 duty at each of the 88 schools and
 * kindergartens, the 2025 special-period patrol plans with rosters that keep every rule (300 officers and 84 vehicles
 * a day), and the 2025 hotspot remediation projects opened on hot bins of a Gi* analysis of 2024's incidents: 36 closed
 * as remediated after an evaluation showing fewer incidents, 2806 officer-deployments (人次).
 */
@Component
class PreventionDemo implements DemoStep {

	static final int REMEDIATED_2025 = 36;

	static final int DEPLOYMENTS_2025 = 2806;

	/** Officers per post and shift: day, evening, night (30 of the 40 posts have a night shift): 300 a day, "300余". */
	static final int DAY_OFFICERS = 3;

	static final int EVENING_OFFICERS = 3;

	static final int NIGHT_OFFICERS = 2;

	static final int POSTS = 40;

	static final int NIGHT_POSTS = 30;

	/** Vehicles a day: 30 day-shift, 30 evening, 24 night posts with one each. */
	static final int DAY_VEHICLES = 30;

	static final int EVENING_VEHICLES = 30;

	static final int NIGHT_VEHICLES = 24;

	static final int VEHICLE_POOL = 92;

	private static final String[] STREETS = { "平原路", "胜利路", "健康路", "中同街", "自由路", "解放大道", "劳动路", "和平大道", "人民路",
			"新华街", "卫河路", "南桥街", "北干道", "金穗大道", "华兰大道", "东明大道", "新中大道", "文化街", "西华大道", "铁西路" };

	private final Guards guards;

	private final PatrolPlanning planning;

	private final Hotspots hotspots;

	private final Remediation remediation;

	private final Places places;

	private final Jurisdictions jurisdictions;

	private final OrganizationDirectory directory;

	PreventionDemo(Guards guards, PatrolPlanning planning, Hotspots hotspots, Remediation remediation, Places places,
			Jurisdictions jurisdictions, OrganizationDirectory directory) {
		this.guards = guards;
		this.planning = planning;
		this.hotspots = hotspots;
		this.remediation = remediation;
		this.places = places;
		this.jurisdictions = jurisdictions;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 520;
	}

	@Override
	public String name() {
		return "prevention";
	}

	@Override
	public void load(DemoContext context) {
		SystemActor.run(SystemActor.DEMO, () -> loadAsDemo(context));
	}

	private void loadAsDemo(DemoContext context) {
		SplittableRandom random = context.random("guards");
		List<Place> keyPlaces = places.ofKind(PlaceKind.KEY_PLACE);
		for (Place p : keyPlaces) {
			guards.guardKeyPlace(new KeyPlaceGuardInput(p.id(), 2 + random.nextInt(3), List.of(60, 90, 120).get(random.nextInt(3)),
					true, LocalDate.of(2024, 1, 1)), true);
		}
		Map<String, List<String>> officersByStation = communityOfficers();
		int campuses = 0;
		int duties = 0;
		for (PlaceKind kind : List.of(PlaceKind.SCHOOL, PlaceKind.KINDERGARTEN, PlaceKind.HOSPITAL)) {
			for (Place p : places.ofKind(kind)) {
				List<String> officers = officersByStation.getOrDefault(p.stationCode(), List.of("联动值守组"));
				String officer = officers.get(random.nextInt(officers.size()));
				GuardMode mode = kind == PlaceKind.HOSPITAL ? GuardMode.POLICE_ROOM
						: random.nextInt(3) == 0 ? GuardMode.LINKED_DUTY : GuardMode.RESIDENT_OFFICER;
				guards.guardCampus(new CampusGuardInput(p.id(), mode, officer, LocalDate.of(2024, 3, 1)), true);
				campuses++;
				if (kind != PlaceKind.HOSPITAL) {
					guards.postDuty(new SchoolDutyInput(p.id(), Peaks.BOTH, 2 + random.nextInt(2), LocalDate.of(2024, 9, 1)), true);
					duties++;
				}
			}
		}
		context.progress("{} key places guarded, {} schools/kindergartens/hospitals guarded, {} 护学岗 duties",
				keyPlaces.size(), campuses, duties);
		loadPlans(context, keyPlaces);
		loadRemediation(context);
	}

	// ---- patrol plans

	private void loadPlans(DemoContext context, List<Place> keyPlaces) {
		List<Officer> pool = activeOfficers();
		List<PatrolPlanInput.Vehicle> vehicles = new ArrayList<>();
		for (int i = 0; i < VEHICLE_POOL; i++) {
			vehicles.add(new PatrolPlanInput.Vehicle("豫G%04d警".formatted(1001 + i), GeographyDemo.STATIONS.get(i % 7).code()));
		}
		SplittableRandom random = context.random("posts");
		List<PatrolPlanInput.Post> posts = new ArrayList<>();
		for (int i = 0; i < POSTS; i++) {
			String name;
			PostKind kind;
			double lat;
			double lng;
			if (i < keyPlaces.size()) {
				Place p = keyPlaces.get(i);
				name = p.name();
				kind = PostKind.KEY_PLACE;
				lat = p.lat();
				lng = p.lng();
			}
			else {
				Coordinate at = Tessellation.randomPoints(jurisdictions.district().orElseThrow().geometry(), 1, random).get(0);
				name = i < 20 ? "治安乱点巡逻区" + (i - keyPlaces.size() + 1) : STREETS[i - 20] + "商业街巡区";
				kind = i < 20 ? PostKind.HOTSPOT : PostKind.STREET;
				lat = Math.round(at.y * 1e6) / 1e6;
				lng = Math.round(at.x * 1e6) / 1e6;
			}
			posts.add(new PatrolPlanInput.Post(name, kind, lat, lng, DAY_OFFICERS, EVENING_OFFICERS,
					i < NIGHT_POSTS ? NIGHT_OFFICERS : 0, i < DAY_VEHICLES ? 1 : 0, i < EVENING_VEHICLES ? 1 : 0,
					i < NIGHT_VEHICLES ? 1 : 0));
		}
		record Period(String name, PlanKind kind, LocalDate from, LocalDate to) {
		}
		List<Period> periods = List.of(new Period("2025年元旦假期社会面巡逻防控方案", PlanKind.NEW_YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 3)),
				new Period("2025年春节假期社会面巡逻防控方案", PlanKind.SPRING_FESTIVAL, LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4)),
				new Period("2025年五一假期社会面巡逻防控方案", PlanKind.LABOUR_DAY, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5)),
				new Period("2025年国庆中秋假期社会面巡逻防控方案", PlanKind.NATIONAL_DAY, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)));
		int days = 0;
		long officerDays = 0;
		long vehicleDays = 0;
		for (Period period : periods) {
			PatrolPlanView plan = planning.create(new PatrolPlanInput(period.name(), period.kind(), period.from(), period.to(),
					posts, pool.stream().map(Officer::id).toList(), List.of(), vehicles), true);
			RosterView empty = planning.roster(plan.id());
			Map<UUID, List<Long>> officers = new HashMap<>();
			Map<UUID, List<String>> cars = new HashMap<>();
			roster(empty, pool, vehicles, period.from(), officers, cars);
			planning.importRoster(plan.id(), officers, cars);
			PatrolPlanView published = planning.publish(plan.id());
			days += published.days().size();
			officerDays += published.days().stream().mapToLong(PatrolPlanView.DayDeployment::officers).sum();
			vehicleDays += published.days().stream().mapToLong(PatrolPlanView.DayDeployment::vehicles).sum();
		}
		context.progress("{} special-period plans over {} days: {} officers and {} vehicles a day on average", periods.size(),
				days, officerDays / (double) days, vehicleDays / (double) days);
	}

	/**
	 * A roster that keeps every rule by construction: each officer stays in one shift (day, evening or night) for the
	 * whole plan, so two shifts are always 16 h apart; officer j of a team is off on day d when (j + d) mod 7 = 6 (never
	 * more than 6 days in a row); sworn officers are spread over the teams and lead the posts; a vehicle serves one shift
	 * a day.
	 */
	private static void roster(RosterView empty, List<Officer> pool, List<PatrolPlanInput.Vehicle> vehicles, LocalDate start,
			Map<UUID, List<Long>> officers, Map<UUID, List<String>> cars) {
		Map<Shift, Integer> demand = Map.of(Shift.DAY, POSTS * DAY_OFFICERS, Shift.EVENING, POSTS * EVENING_OFFICERS,
				Shift.NIGHT, NIGHT_POSTS * NIGHT_OFFICERS);
		Map<Shift, List<Officer>> teams = new HashMap<>();
		List<Officer> sworn = pool.stream().filter(o -> o.role() != OfficerRole.AUXILIARY).toList();
		List<Officer> auxiliaries = pool.stream().filter(o -> o.role() == OfficerRole.AUXILIARY).toList();
		List<Officer> ordered = new ArrayList<>();
		int s = 0;
		int a = 0;
		while (s < sworn.size() || a < auxiliaries.size()) {
			if (s < sworn.size()) {
				ordered.add(sworn.get(s++));
			}
			if (a < auxiliaries.size() && (s >= sworn.size() || a * sworn.size() < s * auxiliaries.size())) {
				ordered.add(auxiliaries.get(a++));
			}
		}
		int total = demand.values().stream().mapToInt(Integer::intValue).sum();
		int next = 0;
		for (Shift shift : List.of(Shift.DAY, Shift.EVENING, Shift.NIGHT)) {
			int size = shift == Shift.NIGHT ? ordered.size() - next : (int) Math.ceil(demand.get(shift) * 7 / 6.0);
			List<Officer> team = new ArrayList<>(ordered.subList(next, Math.min(ordered.size(), next + size)));
			next += team.size();
			teams.put(shift, team);
		}
		if (ordered.size() * 6 / 7 < total) {
			throw new IllegalStateException("The demo branch has too few officers for its patrol plans: " + ordered.size());
		}
		Map<LocalDate, Map<Shift, List<RosterView.Slot>>> slots = new HashMap<>();
		for (RosterView.Slot slot : empty.slots()) {
			slots.computeIfAbsent(slot.day(), k -> new HashMap<>()).computeIfAbsent(slot.shift(), k -> new ArrayList<>()).add(slot);
		}
		for (Map.Entry<LocalDate, Map<Shift, List<RosterView.Slot>>> day : slots.entrySet()) {
			int d = (int) (day.getKey().toEpochDay() - start.toEpochDay());
			int vehicle = 0;
			for (Shift shift : List.of(Shift.NIGHT, Shift.DAY, Shift.EVENING)) {
				List<Officer> team = teams.get(shift);
				List<Officer> working = new ArrayList<>();
				for (int j = 0; j < team.size(); j++) {
					if ((j + d) % 7 != 6) {
						working.add(team.get(j));
					}
				}
				List<Officer> leads = new ArrayList<>(working.stream().filter(o -> o.role() != OfficerRole.AUXILIARY).toList());
				// the others are taken from the end: auxiliaries first, so that sworn officers remain to lead
				List<Officer> others = new ArrayList<>(working);
				others.sort(Comparator.comparing((Officer o) -> o.role() == OfficerRole.AUXILIARY));
				List<RosterView.Slot> list = day.getValue().getOrDefault(shift, List.of());
				list.sort(Comparator.comparing(RosterView.Slot::post));
				for (RosterView.Slot slot : list) {
					List<Long> ids = new ArrayList<>();
					Officer lead = leads.remove(0);
					others.remove(lead);
					ids.add(lead.id());
					for (int i = 1; i < slot.officers().size(); i++) {
						Officer o = others.remove(others.size() - 1);
						leads.remove(o);
						ids.add(o.id());
					}
					officers.put(slot.id(), ids);
					List<String> codes = new ArrayList<>();
					for (int i = 0; i < slot.vehicles().size(); i++) {
						codes.add(vehicles.get(vehicle++).code());
					}
					cars.put(slot.id(), codes);
				}
			}
		}
	}

	// ---- hotspots and remediation

	private void loadRemediation(DemoContext context) {
		Set<IncidentCategory> categories = EnumSet.of(IncidentCategory.CRIMINAL, IncidentCategory.PUBLIC_ORDER,
				IncidentCategory.DISPUTE);
		HotspotAnalysisView analysis = hotspots.analyse(new HotspotRequest(categories, LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31), 9, 2, 999));
		List<HotspotCell> hot = analysis.cells().stream().filter(c -> c.bin() > 0)
			.sorted(Comparator.comparingDouble(HotspotCell::z).reversed().thenComparing(HotspotCell::cell))
			.toList();
		SplittableRandom random = context.random("remediation");
		List<RemediationView> opened = new ArrayList<>();
		List<Boolean> decreased = new ArrayList<>();
		int remediated = 0;
		for (int i = 0; i < hot.size() && remediated < REMEDIATED_2025; i++) {
			HotspotCell cell = hot.get(i);
			LocalDate opening = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(260));
			RemediationView project = remediation.open(new RemediationInput("治安乱点整治（" + cell.cell().substring(6, 11) + "区域）",
					analysis.id(), List.of(cell.cell()), categories, "清查整治、巡逻守护、视频巡查、源头治理", opening,
					opening.plusDays(89)), true);
			project = remediation.evaluate(project.id(), new EvaluationInput(opening.minusDays(90), opening.minusDays(1), opening,
					opening.plusDays(89)));
			boolean better = project.afterCount() < project.beforeCount();
			if (better) {
				remediated++;
			}
			opened.add(project);
			decreased.add(better);
		}
		if (remediated < REMEDIATED_2025) {
			throw new IllegalStateException("Only " + remediated + " of " + hot.size() + " hot bins improved");
		}
		// deployments: DEPLOYMENTS_2025 人次 spread over the projects, 4 to 6 deployments each
		int left = DEPLOYMENTS_2025;
		for (int p = 0; p < opened.size(); p++) {
			RemediationView project = opened.get(p);
			int share = p == opened.size() - 1 ? left : DEPLOYMENTS_2025 / opened.size();
			left -= share;
			int count = 4 + random.nextInt(3);
			List<DeploymentInput> deployments = new ArrayList<>();
			for (int k = 0; k < count; k++) {
				int officers = k == count - 1 ? share - (share / count) * (count - 1) : share / count;
				deployments.add(new DeploymentInput(project.openedOn().plusDays(k * 15L + random.nextInt(10)), officers,
						"第" + (k + 1) + "次集中清查"));
			}
			remediation.deployAll(project.id(), deployments);
			remediation.close(project.id(), new ClosingInput(decreased.get(p), project.openedOn().plusDays(90),
					decreased.get(p) ? "整治后警情下降，验收通过" : "警情未见下降，转入常态化巡防"));
		}
		context.progress("hotspot analysis {}: {} hot / {} cold bins; {} projects, {} remediated, {} officer-deployments",
				analysis.number(), analysis.hot(), analysis.cold(), opened.size(), remediated, DEPLOYMENTS_2025);
	}

	private List<Officer> activeOfficers() {
		List<Officer> all = new ArrayList<>();
		for (int page = 0;; page++) {
			var officers = directory.officers(new OfficerFilter(null, null, null, true, null), page, 200);
			all.addAll(officers.items());
			if ((long) (page + 1) * 200 >= officers.total()) {
				break;
			}
		}
		all.sort(Comparator.comparing(Officer::badgeNumber));
		return all;
	}

	private Map<String, List<String>> communityOfficers() {
		Map<String, List<String>> map = new HashMap<>();
		for (Officer o : activeOfficers()) {
			if (o.role() == OfficerRole.COMMUNITY_OFFICER) {
				directory.stationOf(o.unitCode()).ifPresent(s -> map.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(o.name()));
			}
		}
		return map;
	}
}
