package org.shouwang.antifraud.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.antifraud.FraudType;
import org.shouwang.antifraud.FraudWarning;
import org.shouwang.antifraud.FraudWarnings;
import org.shouwang.antifraud.WarningOutcome;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorDimension;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anti-fraud indicators, counted from the orders: dissuaded potential victims and the loss avoided (by closing
 * date), orders received and those contacted within their deadline (by reception date), and the share of the
 * latter. Publicity (talks, leaflets, app registrations) is counted by the community module's activities.
 */
@Component
class AntifraudIndicators implements IndicatorSource {

	static final String DISSUADED = "FRAUD_WARNINGS_DISSUADED";

	static final String LOSS_AVOIDED = "FRAUD_LOSS_AVOIDED";

	static final String RECEIVED = "FRAUD_WARNINGS_RECEIVED";

	static final String CONTACTED_IN_TIME = "FRAUD_WARNINGS_CONTACTED_IN_TIME";

	static final String CONTACT_RATE = "FRAUD_WARNINGS_CONTACT_IN_TIME_RATE";

	private static final LocalDate DEFINED = LocalDate.of(2026, 12, 4);

	private static final Set<IndicatorDimension> DIMENSIONS = Set.of(IndicatorDimension.STATION, IndicatorDimension.GRID,
			IndicatorDimension.CATEGORY, IndicatorDimension.DAY, IndicatorDimension.WEEK, IndicatorDimension.MONTH);

	/** How each counted indicator selects and weighs its rows (SQL fragments of this class, never input). */
	private record Rule(String dateColumn, String condition, String weight) {
	}

	private static final Map<String, Rule> RULES = Map.of(
			DISSUADED, new Rule("closed_at", "outcome = 'DISSUADED'", "1"),
			LOSS_AVOIDED, new Rule("closed_at", "outcome = 'DISSUADED'", "coalesce(loss_avoided, 0)"),
			RECEIVED, new Rule("received_at", "TRUE", "1"),
			CONTACTED_IN_TIME, new Rule("received_at", "contacted_in_time", "1"));

	private final FraudWarningRows rows;

	AntifraudIndicators(FraudWarningRows rows) {
		this.rows = rows;
	}

	@Override
	public List<String> recordTypes() {
		return List.of(FraudWarnings.RECORD_TYPE);
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		String type = FraudWarnings.RECORD_TYPE;
		return List.of(
				IndicatorDefinition.count(DISSUADED, "预警劝阻潜在受害人", "Potential victims dissuaded", "人",
						"反诈预警指令办结结果为“劝阻成功”的，按办结日期计", "Early-warning orders closed as dissuaded, by closing date",
						1, DEFINED, type, DIMENSIONS),
				new IndicatorDefinition(LOSS_AVOIDED, "避免经济损失", "Loss avoided", "元",
						"劝阻成功的预警指令所记录的预估避免损失金额之和，按办结日期计",
						"Sum of the estimated loss avoided of orders closed as dissuaded, by closing date", 1, DEFINED,
						IndicatorKind.SUM, type, DIMENSIONS, null, null),
				IndicatorDefinition.count(RECEIVED, "接收反诈预警指令", "Early-warning orders received", "条",
						"接收的反诈预警指令（接口、批量导入、手工录入），按接收日期计",
						"Early-warning orders received (API, CSV, by hand), by reception date", 1, DEFINED, type, DIMENSIONS),
				IndicatorDefinition.count(CONTACTED_IN_TIME, "按时联系预警对象", "Orders contacted within deadline", "条",
						"在风险等级规定的时限内（如高风险10分钟）首次联系到潜在受害人的预警指令，按接收日期计",
						"Orders whose potential victim was first contacted within the risk level's deadline, by reception date",
						1, DEFINED, type, DIMENSIONS),
				new IndicatorDefinition(CONTACT_RATE, "预警指令按时联系率", "Share of orders contacted within deadline", "%",
						"按时联系预警对象 ÷ 接收反诈预警指令 × 100", "Orders contacted within deadline ÷ orders received × 100",
						1, DEFINED, IndicatorKind.RATIO, type, DIMENSIONS, CONTACTED_IN_TIME, RECEIVED));
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorFact> factsOf(String recordType, UUID recordId) {
		if (!FraudWarnings.RECORD_TYPE.equals(recordType)) {
			return List.of();
		}
		return rows.find(recordId).map(AntifraudIndicators::facts).orElse(List.of());
	}

	static List<IndicatorFact> facts(FraudWarning w) {
		List<IndicatorFact> facts = new ArrayList<>();
		String type = FraudWarnings.RECORD_TYPE;
		LocalDate received = w.receivedAt().atZone(IndicatorPeriod.ZONE).toLocalDate();
		facts.add(new IndicatorFact(RECEIVED, type, w.id(), w.number(), received, w.stationCode(), w.gridCode(),
				w.fraudType().name(), 1));
		if (Boolean.TRUE.equals(w.contactedInTime())) {
			facts.add(new IndicatorFact(CONTACTED_IN_TIME, type, w.id(), w.number(), received, w.stationCode(),
					w.gridCode(), w.fraudType().name(), 1));
		}
		if (w.outcome() == WarningOutcome.DISSUADED) {
			LocalDate closed = w.closedAt().atZone(IndicatorPeriod.ZONE).toLocalDate();
			facts.add(new IndicatorFact(DISSUADED, type, w.id(), w.number(), closed, w.stationCode(), w.gridCode(),
					w.fraudType().name(), 1));
			facts.add(new IndicatorFact(LOSS_AVOIDED, type, w.id(), w.number(), closed, w.stationCode(), w.gridCode(),
					w.fraudType().name(), w.lossAvoided() == null ? 0 : w.lossAvoided()));
		}
		return facts;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		Rule rule = rule(indicatorCode);
		rows.facts(rule.dateColumn(), rule.condition(), rule.weight(), period.from(), period.to(), null, null, 0)
			.forEach(r -> sink.accept(new IndicatorFact(indicatorCode, FraudWarnings.RECORD_TYPE, r.id(), r.number(),
					r.date(), r.stationCode(), r.gridCode(), r.category(), r.weight())));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page,
			int size) {
		Page.check(page, size);
		String code = CONTACT_RATE.equals(indicatorCode) ? CONTACTED_IN_TIME : indicatorCode;
		Rule rule = rule(code);
		long total = rows.countFacts(rule.dateColumn(), rule.condition(), period.from(), period.to(), stationCode);
		List<IndicatorRecord> items = rows
			.facts(rule.dateColumn(), rule.condition(), rule.weight(), period.from(), period.to(), stationCode, size,
					Page.offset(page, size))
			.stream()
			.map(r -> new IndicatorRecord(FraudWarnings.RECORD_TYPE, r.id(), r.number(), r.date(), r.stationCode(),
					FraudType.valueOf(r.category()).labelZh() + (LOSS_AVOIDED.equals(code) ? " · " + r.weight() + " 元" : ""),
					"/antifraud/warnings/" + r.id()))
			.toList();
		return new Page<>(items, page, size, total);
	}

	private static Rule rule(String code) {
		Rule rule = RULES.get(code);
		if (rule == null) {
			throw new IllegalArgumentException(code + " is not counted by the anti-fraud source");
		}
		return rule;
	}
}
