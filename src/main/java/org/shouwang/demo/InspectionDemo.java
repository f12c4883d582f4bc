package org.shouwang.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.shouwang.geography.Jurisdictions;
import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;
import org.shouwang.inspection.FindingInput;
import org.shouwang.inspection.HistoricalInspection;
import org.shouwang.inspection.InspectionInput;
import org.shouwang.inspection.InspectionKind;
import org.shouwang.inspection.Inspections;
import org.shouwang.inspection.PenaltyInput;
import org.shouwang.inspection.PenaltyKind;
import org.shouwang.inspection.PremisesInput;
import org.shouwang.inspection.PremisesType;
import org.shouwang.inspection.PremisesView;
import org.shouwang.inspection.RiskLevel;
import org.shouwang.organization.Officer;
import org.shouwang.organization.OfficerFilter;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.organization.OrgUnit;

import org.shouwang.security.SystemActor;

import org.springframework.stereotype.Component;

/**
 * The special-industry premises of the district (旅馆, 公章刻制, 废旧金属收购, 机动车修理, 典当, 涉危涉爆 and the bank outlets
 * of the map) and their 2024–2025 inspections, findings and penalties, imported through the inspection module's
 * history import. 2025 gives INDICATORS.md's figures: 1256 inspections (1250余家次), 112 hazards found by bank
 * security assessments, 436 inspection hazards rectified, 85 penalties of which 23 suspension orders.
 */
@Component
class InspectionDemo implements DemoStep {

	static final int INSPECTIONS_2025 = 1256;

	static final int INSPECTIONS_2024 = 1180;

	static final int BANK_HAZARDS_2025 = 112;

	static final int RECTIFIED_2025 = 436;

	/** Findings of 2025's routine inspections (some still under rectification at year end). */
	static final int ROUTINE_FINDINGS_2025 = 340;

	static final int PENALTIES_2025 = 85;

	static final int SUSPENSIONS_2025 = 23;

	private static final Map<PremisesType, Integer> COUNTS = new LinkedHashMap<>();

	static {
		COUNTS.put(PremisesType.HOTEL, 86);
		COUNTS.put(PremisesType.SEAL_ENGRAVING, 9);
		COUNTS.put(PremisesType.SCRAP_METAL, 34);
		COUNTS.put(PremisesType.VEHICLE_REPAIR, 112);
		COUNTS.put(PremisesType.PAWN, 11);
		COUNTS.put(PremisesType.HAZARDOUS_MATERIALS, 38);
	}

	private static final Map<PremisesType, String[]> NAMES = Map.of(PremisesType.HOTEL,
			new String[] { "宾馆", "快捷酒店", "商务酒店", "旅社", "大酒店" }, PremisesType.SEAL_ENGRAVING,
			new String[] { "刻章店", "印章服务部" }, PremisesType.SCRAP_METAL, new String[] { "废旧物资回收站", "再生资源回收点" },
			PremisesType.VEHICLE_REPAIR, new String[] { "汽车维修厂", "汽修服务中心", "机动车维修部" }, PremisesType.PAWN,
			new String[] { "典当行" }, PremisesType.HAZARDOUS_MATERIALS, new String[] { "加油站", "化工有限公司", "燃气供应站", "民爆器材仓库" });

	private static final String[] ROUTINE_FINDINGS = { "消防通道堆放杂物", "旅客身份信息未按规定登记", "监控设备故障未修复", "灭火器过期未更换",
			"从业人员登记信息不全", "收购物品未登记来源", "危险品储存台账不规范", "安全出口指示灯损坏", "电气线路私拉乱接", "值班记录缺失" };

	private static final String[] BANK_FINDINGS = { "运钞交接区监控盲区", "紧急报警装置未联网", "防尾随联动门故障", "保安员未持证上岗",
			"自助设备加钞间门禁失效", "录像保存不足30天" };

	private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红".split("");

	private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹".split("");

	private final Inspections inspections;

	private final Places places;

	private final Jurisdictions jurisdictions;

	private final OrganizationDirectory directory;

	InspectionDemo(Inspections inspections, Places places, Jurisdictions jurisdictions, OrganizationDirectory directory) {
		this.inspections = inspections;
		this.places = places;
		this.jurisdictions = jurisdictions;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public String name() {
		return "inspection";
	}

	@Override
	public void load(DemoContext context) {
		SystemActor.run(SystemActor.DEMO, () -> loadAsDemo(context));
	}

	private void loadAsDemo(DemoContext context) {
		SplittableRandom random = context.random("premises");
		List<PremisesView> premises = new ArrayList<>();
		List<Coordinate> points = Tessellation.randomPoints(jurisdictions.district().orElseThrow().geometry(), 400, random);
		int p = 0;
		for (Map.Entry<PremisesType, Integer> e : COUNTS.entrySet()) {
			String[] suffixes = NAMES.get(e.getKey());
			for (int i = 0; i < e.getValue(); i++) {
				Coordinate at = points.get(p++);
				String name = "卫滨" + SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
						+ suffixes[random.nextInt(suffixes.length)] + (i + 1 < 10 ? "" : "（" + (i + 1) + "号）");
				RiskLevel risk = e.getKey() == PremisesType.HAZARDOUS_MATERIALS ? RiskLevel.HIGH
						: random.nextInt(4) == 0 ? RiskLevel.HIGH : random.nextBoolean() ? RiskLevel.MEDIUM : RiskLevel.LOW;
				premises.add(inspections.register(new PremisesInput(name, e.getKey(),
						"%s-%04d".formatted(e.getKey().name().substring(0, 2), i + 1), LocalDate.of(2015 + random.nextInt(9), 1 + random.nextInt(12), 1 + random.nextInt(28)),
						person(random), "13" + (700000000 + random.nextInt(299999999)), "卫滨区" + (i % 30 + 1) + "号",
						Math.round(at.y * 1e6) / 1e6, Math.round(at.x * 1e6) / 1e6, risk), true));
			}
		}
		List<PremisesView> banks = new ArrayList<>();
		for (Place bank : places.ofKind(PlaceKind.BANK_OUTLET)) {
			if (bank.stationCode() == null) {
				continue;
			}
			PremisesView view = inspections.register(new PremisesInput(bank.name(), PremisesType.BANK_OUTLET,
					"BANK-" + bank.id().toString().substring(0, 8), LocalDate.of(2012, 6, 1), person(random), null,
					bank.address() == null ? "卫滨区" : bank.address(), bank.lat(), bank.lng(), RiskLevel.MEDIUM), true);
			banks.add(view);
		}
		context.progress("{} premises and {} bank outlets", premises.size(), banks.size());

		Map<String, List<String>> inspectors = inspectors();
		List<HistoricalInspection> history = new ArrayList<>();
		history.addAll(year(2024, INSPECTIONS_2024, premises, banks, inspectors, context.random("2024"), 300, 90, 70, 18));
		history.addAll(year(2025, INSPECTIONS_2025, premises, banks, inspectors, context.random("2025"), ROUTINE_FINDINGS_2025,
				BANK_HAZARDS_2025, PENALTIES_2025, SUSPENSIONS_2025));
		int imported = inspections.importHistory(history, true);
		context.progress("{} inspections imported (2024 {}, 2025 {})", imported, INSPECTIONS_2024, INSPECTIONS_2025);
	}

	/**
	 * One year: two assessments of every bank outlet with {@code bankFindings} findings among them, the rest routine
	 * inspections with {@code routineFindings} findings, penalties (suspensions first, at most one per premises) on
	 * inspections with findings, and rectification: in 2025 exactly {@value #RECTIFIED_2025} findings rectified within
	 * the year, the rest of the last ones still open.
	 */
	private List<HistoricalInspection> year(int year, int total, List<PremisesView> premises, List<PremisesView> banks,
			Map<String, List<String>> inspectors, SplittableRandom random, int routineFindings, int bankFindings,
			int penalties, int suspensions) {
		LocalDate first = LocalDate.of(year, 1, 1);
		int days = first.lengthOfYear();
		record Draft(UUID premisesId, String station, InspectionKind kind, LocalDate on, int findings) {
		}
		List<Draft> drafts = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			for (PremisesView bank : banks) {
				drafts.add(new Draft(bank.id(), bank.stationCode(), InspectionKind.BANK_SECURITY_ASSESSMENT,
						first.plusDays(round * 182 + random.nextInt(170)), 0));
			}
		}
		int routine = total - drafts.size();
		for (int i = 0; i < routine; i++) {
			PremisesView p = premises.get(random.nextInt(premises.size()));
			drafts.add(new Draft(p.id(), p.stationCode(), InspectionKind.ROUTINE, first.plusDays(random.nextInt(days - 20)), 0));
		}
		int[] findings = new int[drafts.size()];
		int bankCount = banks.size() * 2;
		for (int f = 0; f < bankFindings; f++) {
			findings[random.nextInt(bankCount)]++;
		}
		for (int f = 0; f < routineFindings; f++) {
			int i = bankCount + random.nextInt(routine);
			while (findings[i] >= 4) {
				i = bankCount + random.nextInt(routine);
			}
			findings[i]++;
		}
		// rectification days, earliest inspections first; in 2025 exactly RECTIFIED_2025 within the year
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> drafts.get(i).on()).thenComparing(i -> i));
		Map<Integer, List<LocalDate>> rectified = new HashMap<>();
		int rectifiedInYear = 0;
		int target = year == 2025 ? RECTIFIED_2025 : Integer.MAX_VALUE;
		for (int i : order) {
			List<LocalDate> dates = new ArrayList<>();
			for (int f = 0; f < findings[i]; f++) {
				LocalDate on = drafts.get(i).on().plusDays(3 + random.nextInt(12));
				if (rectifiedInYear < target && on.getYear() == year) {
					dates.add(on);
					rectifiedInYear++;
				}
				else {
					dates.add(null);
				}
			}
			rectified.put(i, dates);
		}
		if (year == 2025 && rectifiedInYear != RECTIFIED_2025) {
			throw new IllegalStateException("2025 has " + rectifiedInYear + " rectified findings, not " + RECTIFIED_2025);
		}
		// penalties on routine inspections with findings; one suspension per premises at most
		Map<Integer, PenaltyInput> penaltyOf = new HashMap<>();
		Set<UUID> suspended = new HashSet<>();
		List<Integer> candidates = new ArrayList<>();
		for (int i = bankCount; i < drafts.size(); i++) {
			if (findings[i] > 0 && drafts.get(i).on().isBefore(LocalDate.of(year, 12, 1))) {
				candidates.add(i);
			}
		}
		int given = 0;
		int suspensionsGiven = 0;
		for (int c = 0; c < candidates.size() && given < penalties; c += Math.max(1, candidates.size() / penalties)) {
			int i = candidates.get(c);
			Draft d = drafts.get(i);
			LocalDate decided = d.on().plusDays(2);
			PenaltyInput penalty;
			if (suspensionsGiven < suspensions && suspended.add(d.premisesId())) {
				penalty = new PenaltyInput(PenaltyKind.SUSPENSION, decided, null, decided.plusDays(1), decided.plusDays(15),
						"《旅馆业治安管理办法》《治安管理处罚法》第五十四条", "卫公(治)行罚决字〔" + year + "〕" + (100 + given) + "号", null);
				suspensionsGiven++;
			}
			else if (given % 2 == 0) {
				penalty = new PenaltyInput(PenaltyKind.FINE, decided, BigDecimal.valueOf(500L * (1 + random.nextInt(10))), null,
						null, "《治安管理处罚法》第五十六条", null, null);
			}
			else {
				penalty = new PenaltyInput(PenaltyKind.WARNING, decided, null, null, null, "《治安管理处罚法》第五十四条", null, null);
			}
			penaltyOf.put(i, penalty);
			given++;
		}
		if (given != penalties || suspensionsGiven != suspensions) {
			throw new IllegalStateException(year + ": " + given + " penalties, " + suspensionsGiven + " suspensions");
		}
		List<HistoricalInspection> out = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			Draft d = drafts.get(i);
			List<FindingInput> list = new ArrayList<>();
			String[] pool = d.kind() == InspectionKind.BANK_SECURITY_ASSESSMENT ? BANK_FINDINGS : ROUTINE_FINDINGS;
			for (int f = 0; f < findings[i]; f++) {
				list.add(new FindingInput(pool[(i + f) % pool.length], d.on().plusDays(15)));
			}
			List<String> team = inspectors.getOrDefault(d.station(), List.of("检查员甲", "检查员乙"));
			int a = random.nextInt(team.size());
			int b = (a + 1 + random.nextInt(team.size() - 1)) % team.size();
			InspectionInput input = new InspectionInput(d.kind(), d.on(), List.of(team.get(a), team.get(b)),
					d.kind() == InspectionKind.BANK_SECURITY_ASSESSMENT ? "营业场所、现金区、自助设备区、监控室" : "登记台账、消防设施、监控设备、从业人员",
					list, list.isEmpty() ? null : "限期15日内整改完毕并报派出所复查");
			PenaltyInput penalty = penaltyOf.get(i);
			out.add(new HistoricalInspection(d.premisesId(), input, rectified.get(i), penalty == null ? List.of() : List.of(penalty)));
		}
		return out;
	}

	/** Officers of each station, as "name(badge)", the inspectors of its premises. */
	private Map<String, List<String>> inspectors() {
		Map<String, List<String>> byStation = new HashMap<>();
		for (int page = 0;; page++) {
			var officers = directory.officers(new OfficerFilter(null, null, null, true, null), page, 200);
			for (Officer o : officers.items()) {
				directory.stationOf(o.unitCode()).map(OrgUnit::code).ifPresent(station -> byStation
					.computeIfAbsent(station, k -> new ArrayList<>()).add(o.name() + "(" + o.badgeNumber() + ")"));
			}
			if ((long) (page + 1) * 200 >= officers.total()) {
				break;
			}
		}
		return byStation;
	}

	private static String person(SplittableRandom random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
				+ (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
	}
}
