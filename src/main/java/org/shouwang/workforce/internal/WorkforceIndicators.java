package org.shouwang.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorDimension;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;
import org.shouwang.workforce.Difficulty;
import org.shouwang.workforce.Workforce;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 队伍建设's indicators: study sessions, cultural events and their participants (officers and family members),
 * welfare visits to officers' families and difficulties resolved, each by its own date.
 */
@Component
class WorkforceIndicators implements IndicatorSource {

	private static final LocalDate DEFINED = LocalDate.of(2026, 12, 4);

	private static final Set<IndicatorDimension> DIMENSIONS = Set.of(IndicatorDimension.STATION,
			IndicatorDimension.CATEGORY, IndicatorDimension.MONTH);

	/** How an indicator reads its table (SQL fragments of this class, never input). */
	private record Rule(String recordType, String table, String dateColumn, String condition, String weight,
			String category, String label) {
	}

	private static final Map<String, Rule> RULES = Map.of(
			"STUDY_SESSIONS", new Rule(Workforce.STUDY_SESSION, "workforce_study_session", "held_on", "TRUE", "1", "kind",
					"topic"),
			"CULTURAL_EVENTS", new Rule(Workforce.CULTURAL_EVENT, "workforce_cultural_event", "held_on", "TRUE", "1", "kind",
					"title"),
			"CULTURAL_PARTICIPANTS", new Rule(Workforce.CULTURAL_EVENT, "workforce_cultural_event", "held_on", "TRUE",
					"officer_participants + family_participants", "kind",
					"title || ' · ' || (officer_participants + family_participants) || ' 人次'"),
			"FAMILY_WELFARE_VISITS", new Rule(Workforce.WELFARE_VISIT, "workforce_welfare_visit", "visited_on", "TRUE", "1",
					"occasion", "occasion"),
			"DIFFICULTIES_RESOLVED", new Rule(Workforce.DIFFICULTY, "workforce_difficulty", "resolved_on",
					"status = 'RESOLVED'", "1", "category", "category"));

	private final WorkforceRows rows;

	WorkforceIndicators(WorkforceRows rows) {
		this.rows = rows;
	}

	@Override
	public List<String> recordTypes() {
		return List.of(Workforce.STUDY_SESSION, Workforce.CULTURAL_EVENT, Workforce.WELFARE_VISIT, Workforce.DIFFICULTY);
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return List.of(
				IndicatorDefinition.count("STUDY_SESSIONS", "学习研讨交流", "Study sessions", "次",
						"举办的政治理论学习、业务培训、案例研讨和交流活动，按举办日期计",
						"Study sessions held (theory, training, case reviews, exchanges), by date", 1, DEFINED,
						Workforce.STUDY_SESSION, DIMENSIONS),
				IndicatorDefinition.count("CULTURAL_EVENTS", "文体活动", "Cultural and sports events", "次",
						"举办的文化、体育、家庭日和志愿活动，按举办日期计", "Cultural, sports, family and volunteering events held, by date",
						1, DEFINED, Workforce.CULTURAL_EVENT, DIMENSIONS),
				new IndicatorDefinition("CULTURAL_PARTICIPANTS", "文体活动参与人次", "Event participants", "人次",
						"文体活动的参与人次之和（民警与家属），按举办日期计",
						"Sum of the participants (officers and family members) of the events, by date", 1, DEFINED,
						IndicatorKind.SUM, Workforce.CULTURAL_EVENT, DIMENSIONS, null, null),
				IndicatorDefinition.count("FAMILY_WELFARE_VISITS", "走访慰问民警家属", "Welfare visits to officers' families",
						"次", "走访慰问民警家属的次数，按走访日期计", "Welfare visits to officers' families, by date", 1, DEFINED,
						Workforce.WELFARE_VISIT, DIMENSIONS),
				IndicatorDefinition.count("DIFFICULTIES_RESOLVED", "解决民警家庭困难", "Difficulties resolved", "件",
						"登记的民警家庭困难中办结解决的，按解决日期计", "Officers' family difficulties resolved, by resolution date", 1,
						DEFINED, Workforce.DIFFICULTY, DIMENSIONS));
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorFact> factsOf(String recordType, UUID id) {
		List<IndicatorFact> facts = new ArrayList<>();
		switch (recordType) {
			case Workforce.STUDY_SESSION -> rows.session(id).ifPresent(s -> facts.add(new IndicatorFact("STUDY_SESSIONS",
					recordType, id, null, s.heldOn(), s.stationCode(), null, s.kind().name(), 1)));
			case Workforce.CULTURAL_EVENT -> rows.event(id).ifPresent(e -> {
				facts.add(new IndicatorFact("CULTURAL_EVENTS", recordType, id, null, e.heldOn(), e.stationCode(), null,
						e.kind().name(), 1));
				facts.add(new IndicatorFact("CULTURAL_PARTICIPANTS", recordType, id, null, e.heldOn(), e.stationCode(), null,
						e.kind().name(), e.participants()));
			});
			case Workforce.WELFARE_VISIT -> rows.visit(id).ifPresent(v -> facts.add(new IndicatorFact(
					"FAMILY_WELFARE_VISITS", recordType, id, null, v.visitedOn(), v.stationCode(), null, v.occasion().name(), 1)));
			case Workforce.DIFFICULTY -> rows.difficulty(id)
				.filter(d -> d.status() == Difficulty.Status.RESOLVED)
				.ifPresent(d -> facts.add(new IndicatorFact("DIFFICULTIES_RESOLVED", recordType, id, null, d.resolvedOn(),
						d.stationCode(), null, d.category().name(), 1)));
			default -> {
			}
		}
		return facts;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachFact(String code, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		Rule rule = rule(code);
		rows.facts(rule.table(), rule.dateColumn(), rule.condition(), rule.weight(), rule.category(), rule.label(),
				period.from(), period.to(), null, null, 0)
			.forEach(r -> sink.accept(new IndicatorFact(code, rule.recordType(), r.id(), null, r.date(), r.stationCode(),
					null, r.category(), r.weight())));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<IndicatorRecord> records(String code, IndicatorPeriod period, String stationCode, int page, int size) {
		Page.check(page, size);
		Rule rule = rule(code);
		long total = rows.count(rule.table(), rule.dateColumn(), rule.condition(), period.from(), period.to(), stationCode);
		List<IndicatorRecord> items = rows
			.facts(rule.table(), rule.dateColumn(), rule.condition(), rule.weight(), rule.category(), rule.label(),
					period.from(), period.to(), stationCode, size, Page.offset(page, size))
			.stream()
			.map(r -> new IndicatorRecord(rule.recordType(), r.id(), null, r.date(), r.stationCode(), r.label(),
					"/workforce?tab=" + tab(rule.recordType()) + "&year=" + r.date().getYear()))
			.toList();
		return new Page<>(items, page, size, total);
	}

	static String tab(String recordType) {
		return switch (recordType) {
			case Workforce.STUDY_SESSION -> "study";
			case Workforce.CULTURAL_EVENT -> "events";
			case Workforce.WELFARE_VISIT -> "visits";
			default -> "difficulties";
		};
	}

	private static Rule rule(String code) {
		Rule rule = RULES.get(code);
		if (rule == null) {
			throw new IllegalArgumentException(code + " is not counted by the workforce source");
		}
		return rule;
	}
}
