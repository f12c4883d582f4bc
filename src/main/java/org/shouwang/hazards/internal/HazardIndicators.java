package org.shouwang.hazards.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.hazards.HazardSource;
import org.shouwang.hazards.HazardStatus;
import org.shouwang.hazards.Hazards;
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
 * The hazards' indicators, counted from the hazard table: hazards found by community policing (patrols and visits),
 * at bank outlets, around schools (found and rectified), and the hazards overdue at the period's end (a snapshot).
 * The defining date is the day the hazard was found.
 */
@Component
class HazardIndicators implements IndicatorSource {

	static final String RISK_HAZARDS_FOUND = "RISK_HAZARDS_FOUND";

	static final String BANK_HAZARDS_FOUND = "BANK_HAZARDS_FOUND";

	static final String CAMPUS_HAZARDS = "CAMPUS_HAZARDS";

	static final String HAZARDS_OVERDUE = "HAZARDS_OVERDUE";

	private static final LocalDate DEFINED_ON = LocalDate.of(2026, 12, 4);

	private static final Set<IndicatorDimension> DIMENSIONS = Set.of(IndicatorDimension.STATION, IndicatorDimension.GRID,
			IndicatorDimension.CATEGORY, IndicatorDimension.MONTH, IndicatorDimension.WEEK, IndicatorDimension.DAY);

	/** Each counting indicator's condition on the hazard table. */
	private static final Map<String, String> CONDITIONS = Map.of(
			RISK_HAZARDS_FOUND, "source IN ('COMMUNITY_PATROL', 'HOUSEHOLD_VISIT')",
			BANK_HAZARDS_FOUND, "source = 'BANK_ASSESSMENT'",
			CAMPUS_HAZARDS, "source = 'CAMPUS_CHECK' AND status IN ('RECTIFIED', 'VERIFIED')");

	private final HazardRepository repository;

	HazardIndicators(HazardRepository repository) {
		this.repository = repository;
	}

	@Override
	public List<String> recordTypes() {
		return List.of(Hazards.RECORD_TYPE);
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return List.of(
				IndicatorDefinition.count(RISK_HAZARDS_FOUND, "排查发现风险隐患", "Risk hazards found", "处",
						"社区警务（社区巡查、入户走访）排查发现的隐患，按发现日期计", "Hazards found by community policing (patrols and "
								+ "household visits), by the day found",
						1, DEFINED_ON, Hazards.RECORD_TYPE, DIMENSIONS),
				IndicatorDefinition.count(BANK_HAZARDS_FOUND, "银行网点安全评估发现隐患", "Bank-outlet hazards found", "处",
						"银行网点安全评估发现的隐患，按发现日期计", "Hazards found by bank outlets' security assessments, by the day found",
						1, DEFINED_ON, Hazards.RECORD_TYPE, DIMENSIONS),
				IndicatorDefinition.count(CAMPUS_HAZARDS, "校园周边隐患", "Hazards around schools", "处",
						"校园及周边安全检查发现并已整改的隐患，按发现日期计",
						"Hazards found by campus safety checks and rectified, by the day found", 1, DEFINED_ON,
						Hazards.RECORD_TYPE, DIMENSIONS),
				new IndicatorDefinition(HAZARDS_OVERDUE, "逾期未整改隐患", "Overdue hazards", "处",
						"期末仍未整改且已过整改期限的隐患", "Hazards past their rectification deadline and not rectified at the "
								+ "period's last day",
						1, DEFINED_ON, IndicatorKind.SNAPSHOT, Hazards.RECORD_TYPE,
						Set.of(IndicatorDimension.STATION), null, null));
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorFact> factsOf(String recordType, UUID recordId) {
		if (!Hazards.RECORD_TYPE.equals(recordType)) {
			return List.of();
		}
		return repository.findById(recordId).map(h -> {
			List<IndicatorFact> facts = new ArrayList<>();
			if (h.source.communityPolicing()) {
				facts.add(fact(RISK_HAZARDS_FOUND, h));
			}
			if (h.source == HazardSource.BANK_ASSESSMENT) {
				facts.add(fact(BANK_HAZARDS_FOUND, h));
			}
			if (h.source == HazardSource.CAMPUS_CHECK
					&& (h.status == HazardStatus.RECTIFIED || h.status == HazardStatus.VERIFIED)) {
				facts.add(fact(CAMPUS_HAZARDS, h));
			}
			return facts;
		}).orElse(List.of());
	}

	private static IndicatorFact fact(String code, HazardRecord h) {
		return new IndicatorFact(code, Hazards.RECORD_TYPE, h.id, h.number, h.foundOn, h.stationCode, h.gridCode,
				h.category.name(), 1);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		String condition = condition(indicatorCode);
		Map<String, Object> params = period(period, null);
		repository.forEach(condition + " AND found_on >= :from AND found_on < :to", params,
				h -> sink.accept(fact(indicatorCode, h)));
	}

	@Override
	@Transactional(readOnly = true)
	public long snapshot(String indicatorCode, IndicatorPeriod period, String stationCode) {
		if (!HAZARDS_OVERDUE.equals(indicatorCode)) {
			throw new UnsupportedOperationException(indicatorCode + " is not a snapshot of this source");
		}
		return repository.count(overdueCondition(stationCode), overdueParams(period, stationCode));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page,
			int size) {
		Page.check(page, size);
		String condition;
		Map<String, Object> params;
		if (HAZARDS_OVERDUE.equals(indicatorCode)) {
			condition = overdueCondition(stationCode);
			params = overdueParams(period, stationCode);
		}
		else {
			condition = condition(indicatorCode) + " AND found_on >= :from AND found_on < :to"
					+ (stationCode == null ? "" : " AND station_code = :station");
			params = period(period, stationCode);
		}
		long total = repository.count(condition, params);
		List<IndicatorRecord> items = repository.page(condition, params, "found_on DESC, number DESC", page, size)
			.stream()
			.map(h -> new IndicatorRecord(Hazards.RECORD_TYPE, h.id, h.number, h.foundOn, h.stationCode,
					h.place + " · " + h.category.name(), "/hazards/" + h.number))
			.toList();
		return new Page<>(items, page, size, total);
	}

	private static String condition(String code) {
		String condition = CONDITIONS.get(code);
		if (condition == null) {
			throw new IllegalArgumentException("Not a counting indicator of the hazards: " + code);
		}
		return condition;
	}

	/** Open at the day's end: found by then, deadline before it, not rectified by then. */
	private static String overdueCondition(String stationCode) {
		return "found_on <= :day AND deadline < :day AND (rectified_on IS NULL OR rectified_on > :day)"
				+ (stationCode == null ? "" : " AND station_code = :station");
	}

	private static Map<String, Object> overdueParams(IndicatorPeriod period, String stationCode) {
		Map<String, Object> params = new HashMap<>();
		params.put("day", period.lastDay());
		if (stationCode != null) {
			params.put("station", stationCode);
		}
		return params;
	}

	private static Map<String, Object> period(IndicatorPeriod period, String stationCode) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", period.from());
		params.put("to", period.to());
		if (stationCode != null) {
			params.put("station", stationCode);
		}
		return params;
	}
}
