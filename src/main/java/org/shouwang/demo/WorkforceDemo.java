package org.shouwang.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.shouwang.organization.Officer;
import org.shouwang.organization.OfficerFilter;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.security.SystemActor;
import org.shouwang.workforce.Difficulty;
import org.shouwang.workforce.Kinds;
import org.shouwang.workforce.Workforce;
import org.shouwang.workforce.WorkforceInputs;

import org.springframework.stereotype.Component;

/**
 * The branch's team-building records of 2024 and 2025 through the workforce module: study sessions (2025: 84,
 * "80余"), cultural and sports events (2025: 33, "30余", with more than 1,500 participants, "逾1500"), welfare
 * visits to officers' families (2025: 64, "60余") and the difficulties raised at them, 23 resolved in 2025.
 */
@Component
class WorkforceDemo implements DemoStep {

	/** Per year: study sessions, events, least participants in all, visits, difficulties resolved, left open. */
	record Plan(int year, int sessions, int events, int participants, int visits, int resolved, int open) {
	}

	static final List<Plan> PLANS = List.of(new Plan(2024, 76, 29, 1320, 58, 19, 0), new Plan(2025, 84, 33, 1530, 64, 23, 2));

	static final String[] UNITS = { "WB-ZGS", "WB-ZGS", "WB01", "WB02", "WB03", "WB04", "WB05", "WB06", "WB07", "WB-XZ",
			"WB-XT", "WB-ZHZX" };

	static final String[] TOPICS = { "学习贯彻党的二十届四中全会精神", "《公安机关办理刑事案件程序规定》学习", "电信网络诈骗案件侦办案例研讨",
			"执法规范化建设专题培训", "新时代“枫桥经验”交流研讨", "警务实战技能培训", "群众工作方法交流", "反诈劝阻话术研讨" };

	static final String[] EVENTS = { "“迎新春”警营文艺汇演", "职工篮球赛", "警营开放日暨家属座谈", "健步走活动", "“警嫂”联谊会",
			"羽毛球比赛", "读书分享会", "义务植树志愿活动" };

	private final Workforce workforce;

	private final OrganizationDirectory directory;

	WorkforceDemo(Workforce workforce, OrganizationDirectory directory) {
		this.workforce = workforce;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 520;
	}

	@Override
	public String name() {
		return "workforce";
	}

	@Override
	public void load(DemoContext context) {
		SystemActor.run(SystemActor.DEMO, () -> {
			List<String> badges = directory.officers(new OfficerFilter(null, null, null, true, null), 0, 200)
				.items().stream().map(Officer::badgeNumber).toList();
			for (Plan plan : PLANS) {
				year(plan, context.random(String.valueOf(plan.year())), badges);
				context.progress("{}: {} study sessions, {} events, {} welfare visits, {} difficulties resolved", plan.year(),
						plan.sessions(), plan.events(), plan.visits(), plan.resolved());
			}
		});
	}

	private void year(Plan plan, SplittableRandom random, List<String> badges) {
		for (int i = 0; i < plan.sessions(); i++) {
			workforce.recordStudySession(new WorkforceInputs.StudySessionInput(unit(random),
					Kinds.StudyKind.values()[random.nextInt(Kinds.StudyKind.values().length)],
					TOPICS[random.nextInt(TOPICS.length)], day(plan.year(), random), 12 + random.nextInt(60)), true);
		}
		int participants = 0;
		for (int i = 0; i < plan.events(); i++) {
			int officers = 20 + random.nextInt(30);
			int family = random.nextInt(20);
			if (i == plan.events() - 1 && participants + officers + family < plan.participants()) {
				family = plan.participants() - participants - officers + random.nextInt(40);
			}
			participants += officers + family;
			workforce.recordCulturalEvent(new WorkforceInputs.CulturalEventInput(unit(random),
					Kinds.EventKind.values()[random.nextInt(Kinds.EventKind.values().length)],
					EVENTS[random.nextInt(EVENTS.length)], day(plan.year(), random), officers, family), true);
		}
		List<org.shouwang.workforce.WelfareVisit> visits = new ArrayList<>();
		for (int i = 0; i < plan.visits(); i++) {
			Kinds.VisitOccasion occasion = Kinds.VisitOccasion.values()[random.nextInt(Kinds.VisitOccasion.values().length)];
			visits.add(workforce.recordWelfareVisit(new WorkforceInputs.WelfareVisitInput(unit(random), occasion,
					day(plan.year(), random), badges.isEmpty() ? null : badges.get(random.nextInt(badges.size())),
					occasion == Kinds.VisitOccasion.FESTIVAL ? "送去慰问品和慰问信" : "了解家庭情况，协调帮扶"), true));
		}
		for (int i = 0; i < plan.resolved() + plan.open(); i++) {
			org.shouwang.workforce.WelfareVisit visit = visits.get(random.nextInt(visits.size()));
			// raised at the visit, resolved within the same year (or still open)
			LocalDate raised = visit.visitedOn();
			Difficulty d = workforce.raiseDifficulty(new WorkforceInputs.DifficultyInput(visit.unitCode(), visit.id(),
					Kinds.DifficultyCategory.values()[random.nextInt(Kinds.DifficultyCategory.values().length)],
					"家属反映的实际困难（已登记，详情见帮扶台账）", raised), true);
			if (i < plan.resolved()) {
				LocalDate resolved = raised.plusDays(3 + random.nextInt(25));
				workforce.resolveDifficulty(d.id(), resolved.getYear() == plan.year() ? resolved
						: LocalDate.of(plan.year(), 12, 31), "协调有关部门解决");
			}
		}
	}

	private static String unit(SplittableRandom random) {
		return UNITS[random.nextInt(UNITS.length)];
	}

	private static LocalDate day(int year, SplittableRandom random) {
		return LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 12, 31).getDayOfYear()));
	}
}
