package org.shouwang.command;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.shouwang.platform.indicators.IndicatorStatistic;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The command centre's indicators (情指行), counted from its own incident tables. The defining date of every
 * incident indicator is the day the incident was reported (Asia/Shanghai); a merged incident (a duplicate closed
 * into another) counts for nothing; a reclassified incident counts under its current category. Each indicator is
 * one SQL condition over {@code incident i}, used alike for one record's facts, recounts and the record lists, so
 * that the three cannot disagree.
 */
@Component
class IncidentIndicators implements IndicatorSource {

	static final String RECORD_TYPE = "Incident";

	private static final LocalDate DEFINED_ON = LocalDate.of(2026, 12, 4);

	private static final Set<IndicatorDimension> ALL_DIMENSIONS = Set.of(IndicatorDimension.values());

	private static final String COUNTED = "i.status <> 'MERGED'";

	/** A category change after intake (a change of subtype within the category is no reclassification here). */
	private static final String RECLASSIFIED = "EXISTS (SELECT 1 FROM incident_reclassification r"
			+ " WHERE r.incident_id = i.id AND r.from_category <> r.to_category)";

	/** The fact's category: the current one; for reclassified incidents first category→current category. */
	private static final String RECLASSIFIED_CATEGORY = "(SELECT r.from_category FROM incident_reclassification r"
			+ " WHERE r.incident_id = i.id AND r.from_category <> r.to_category ORDER BY r.id LIMIT 1) || '→' || i.category";

	/** One indicator: its definition, its condition over {@code incident i} and the SQL of its fact's category. */
	private record Counted(IndicatorDefinition definition, String condition, String category) {
	}

	private static final Map<String, Counted> COUNTS = new LinkedHashMap<>();

	static final String HELP = "EMERGENCY_HELP_INCIDENTS";

	static final String CRIMINAL = "CRIMINAL_INCIDENTS";

	static final String CAMPUS = "CAMPUS_INCIDENTS";

	static final String MISSING_FOUND = "MISSING_PERSONS_FOUND";

	static final String ESCORTS = "PATIENT_ESCORTS";

	static final String ASSISTANCE_FOUND = "PUBLIC_ASSISTANCE_FOUND";

	static final String RECLASSIFIED_INCIDENTS = "RECLASSIFIED_INCIDENTS";

	static final String BACK_ENTERED = "BACK_ENTERED_INCIDENTS";

	static final String ARRIVALS = "ARRIVALS_ON_SCENE";

	static final String ARRIVALS_WITHIN = "ARRIVALS_WITHIN_STANDARD";

	static final String ARRIVAL_RATE = "ARRIVAL_WITHIN_STANDARD_RATE";

	static final String MEDIAN_ON_SCENE = "MEDIAN_RECEIVED_TO_ON_SCENE_SECONDS";

	static {
		count(HELP, "紧急求助警情", "Requests for help", "起", "接警日期在期间内、类别为“求助”的警情（按现类别；合并的重复警情不计）",
				"Incidents reported in the period whose (current) category is HELP; merged duplicates do not count",
				"i.category = 'HELP' AND " + COUNTED);
		count(CRIMINAL, "刑事警情", "Criminal incidents", "起", "接警日期在期间内、类别为“刑事”的警情（按现类别；合并的重复警情不计）",
				"Incidents reported in the period whose (current) category is CRIMINAL; merged duplicates do not count",
				"i.category = 'CRIMINAL' AND " + COUNTED);
		count(CAMPUS, "涉校刑事治安警情", "School-related criminal and public-order incidents", "起",
				"接警日期在期间内、标记为涉校且类别为刑事或治安的警情", "Incidents reported in the period flagged school-related"
						+ " whose category is CRIMINAL or PUBLIC_ORDER",
				"i.school_related AND i.category IN ('CRIMINAL', 'PUBLIC_ORDER') AND " + COUNTED);
		count(MISSING_FOUND, "救助走失老人儿童", "Missing elderly and children found", "人",
				"接警日期在期间内、走失老人或走失儿童求助警情以“找到当事人”处置完毕的", "Missing-elderly and missing-child incidents"
						+ " reported in the period and cleared with the outcome PERSON_FOUND",
				"i.category = 'HELP' AND i.subtype IN ('MISSING_ELDERLY', 'MISSING_CHILD') AND i.disposition = 'PERSON_FOUND'");
		count(ESCORTS, "护送危重病人就医", "Patients escorted to hospital", "人", "接警日期在期间内、求助警情以“护送就医”处置完毕的",
				"Help incidents reported in the period and cleared with the outcome ESCORTED_TO_HOSPITAL",
				"i.category = 'HELP' AND i.disposition = 'ESCORTED_TO_HOSPITAL'");
		count(ASSISTANCE_FOUND, "帮助群众找回走失人员/遗失财物", "People found and property recovered for the public", "起",
				"接警日期在期间内、求助警情以“找到当事人”或“财物找回”处置完毕的", "Help incidents reported in the period and cleared"
						+ " with the outcome PERSON_FOUND or PROPERTY_RECOVERED",
				"i.category = 'HELP' AND i.disposition IN ('PERSON_FOUND', 'PROPERTY_RECOVERED')");
		COUNTS.put(RECLASSIFIED_INCIDENTS, new Counted(IndicatorDefinition.count(RECLASSIFIED_INCIDENTS, "警情改类",
				"Reclassified incidents", "起", "接警日期在期间内、接警后类别被改变过的警情（数据质量核查；类别维度为“原类别→现类别”）",
				"Incidents reported in the period whose category was changed after intake (integrity check; the category"
						+ " dimension is \"first category→current category\")",
				1, DEFINED_ON, RECORD_TYPE, ALL_DIMENSIONS), RECLASSIFIED + " AND " + COUNTED, RECLASSIFIED_CATEGORY));
		count(BACK_ENTERED, "补录警情", "Back-entered incidents", "起", "接警日期在期间内、事后补录（纸质记录录入）的警情",
				"Incidents reported in the period that were entered afterwards from a paper record (back-entries)",
				"i.back_entry AND " + COUNTED);
		count(ARRIVALS, "到场警情", "Incidents reached on scene", "起", "接警日期在期间内、已有民警到场且有到场时限标准的警情",
				"Incidents reported in the period that a unit reached on scene, with an arrival standard",
				"i.on_scene_at IS NOT NULL AND i.arrival_within_standard IS NOT NULL AND " + COUNTED);
		count(ARRIVALS_WITHIN, "按时到场警情", "Incidents reached within the standard", "起",
				"接警日期在期间内、接警至到场未超过到场时限标准（城区5分钟、郊区10分钟）的警情",
				"Incidents reported in the period reached on scene within the arrival standard (urban 5 min, suburban 10 min)",
				"i.on_scene_at IS NOT NULL AND i.arrival_within_standard AND " + COUNTED);
	}

	private static final IndicatorDefinition ARRIVAL_RATE_DEFINITION = new IndicatorDefinition(ARRIVAL_RATE, "按时到场率",
			"Share on scene within the standard", "%", "按时到场警情 ÷ 到场警情 × 100（旁附接警至到场时间中位数）",
			"Incidents reached within the standard ÷ incidents reached on scene × 100 (with the median time from receipt"
					+ " to on scene)",
			1, DEFINED_ON, IndicatorKind.RATIO, RECORD_TYPE, ALL_DIMENSIONS, ARRIVALS_WITHIN, ARRIVALS);

	private static void count(String code, String nameZh, String nameEn, String unit, String definitionZh,
			String definitionEn, String condition) {
		COUNTS.put(code, new Counted(IndicatorDefinition.count(code, nameZh, nameEn, unit, definitionZh, definitionEn, 1,
				DEFINED_ON, RECORD_TYPE, ALL_DIMENSIONS), condition, "i.category"));
	}

	private static final String DAY = "(i.reported_at AT TIME ZONE 'Asia/Shanghai')::date";

	private final JdbcClient jdbc;

	private final IncidentCatalogue catalogue;

	IncidentIndicators(JdbcClient jdbc, IncidentCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	@Override
	public List<String> recordTypes() {
		return List.of(RECORD_TYPE);
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		List<IndicatorDefinition> definitions = new ArrayList<>();
		COUNTS.values().forEach(c -> definitions.add(c.definition()));
		definitions.add(ARRIVAL_RATE_DEFINITION);
		return definitions;
	}

	@Override
	public List<IndicatorFact> factsOf(String recordType, UUID recordId) {
		if (!RECORD_TYPE.equals(recordType)) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("SELECT i.number, " + DAY + " AS day, i.station_code, i.grid_code");
		List<Counted> counts = List.copyOf(COUNTS.values());
		for (int n = 0; n < counts.size(); n++) {
			sql.append(", CASE WHEN ").append(counts.get(n).condition()).append(" THEN ").append(counts.get(n).category())
				.append(" END AS c").append(n);
		}
		sql.append(" FROM incident i WHERE i.id = ?");
		return jdbc.sql(sql.toString()).param(recordId).query((rs, row) -> {
			List<IndicatorFact> facts = new ArrayList<>();
			for (int n = 0; n < counts.size(); n++) {
				String category = rs.getString("c" + n);
				if (category != null) {
					facts.add(new IndicatorFact(counts.get(n).definition().code(), RECORD_TYPE, recordId,
							rs.getString("number"), rs.getObject("day", LocalDate.class), rs.getString("station_code"),
							rs.getString("grid_code"), category, 1));
				}
			}
			return facts;
		}).optional().orElse(List.of());
	}

	@Override
	public void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		Counted counted = counted(indicatorCode);
		jdbc.sql("SELECT i.id, i.number, " + DAY + " AS day, i.station_code, i.grid_code, " + counted.category()
				+ " AS category FROM incident i WHERE i.reported_at >= ? AND i.reported_at < ? AND " + counted.condition())
			.withFetchSize(10_000)
			.params(start(period.from()), start(period.to()))
			.query((RowCallbackHandler) rs -> {
				sink.accept(new IndicatorFact(indicatorCode, RECORD_TYPE, rs.getObject("id", UUID.class),
						rs.getString("number"), rs.getObject("day", LocalDate.class), rs.getString("station_code"),
						rs.getString("grid_code"), rs.getString("category"), 1));
			});
	}

	@Override
	public List<IndicatorStatistic> statistics(String indicatorCode, IndicatorPeriod period, String stationCode) {
		if (!ARRIVAL_RATE.equals(indicatorCode)) {
			return List.of();
		}
		Double median = jdbc.sql("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.on_scene_at - i.reported_at))"
				+ " FROM incident i WHERE i.reported_at >= ? AND i.reported_at < ? AND (CAST(? AS varchar) IS NULL OR i.station_code = ?)"
				+ " AND " + COUNTS.get(ARRIVALS).condition())
			.params(start(period.from()), start(period.to()), stationCode, stationCode)
			.query(Double.class)
			.optional()
			.orElse(null);
		return List.of(new IndicatorStatistic(MEDIAN_ON_SCENE, "接警至到场时间中位数", "Median time from receipt to on scene",
				"秒", median == null ? null : Math.rint(median)));
	}

	@Override
	public Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page,
			int size) {
		Page.check(page, size);
		Counted counted = counted(indicatorCode == null || !indicatorCode.equals(ARRIVAL_RATE) ? indicatorCode
				: ARRIVALS_WITHIN);
		String where = " FROM incident i WHERE i.reported_at >= ? AND i.reported_at < ?"
				+ " AND (CAST(? AS varchar) IS NULL OR i.station_code = ?) AND " + counted.condition();
		long total = jdbc.sql("SELECT count(*)" + where)
			.params(start(period.from()), start(period.to()), stationCode, stationCode)
			.query(Long.class)
			.single();
		List<IndicatorRecord> items = jdbc.sql("SELECT i.id, i.number, " + DAY + " AS day, i.station_code, i.category,"
				+ " i.subtype, i.disposition, " + counted.category() + " AS fact_category" + where
				+ " ORDER BY i.reported_at DESC, i.number DESC LIMIT ? OFFSET ?")
			.params(start(period.from()), start(period.to()), stationCode, stationCode, size, Page.offset(page, size))
			.query(this::record)
			.list();
		return new Page<>(items, page, size, total);
	}

	private IndicatorRecord record(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		IncidentCategory category = IncidentCategory.valueOf(rs.getString("category"));
		String subtype = catalogue.find(category, rs.getString("subtype"))
			.map(IncidentSubtype::nameZh)
			.orElse(rs.getString("subtype"));
		String label = rs.getString("fact_category").contains("→") ? rs.getString("fact_category") + " · " + subtype
				: category.name() + " · " + subtype;
		String disposition = rs.getString("disposition");
		if (disposition != null) {
			label = label + " · " + disposition;
		}
		return new IndicatorRecord(RECORD_TYPE, id, rs.getString("number"), rs.getObject("day", LocalDate.class),
				rs.getString("station_code"), label, "/command/incidents/" + id);
	}

	private static Counted counted(String indicatorCode) {
		Counted counted = indicatorCode == null ? null : COUNTS.get(indicatorCode);
		if (counted == null) {
			throw new IllegalArgumentException("Not a counting indicator of the command centre: " + indicatorCode);
		}
		return counted;
	}

	private static OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(IndicatorPeriod.ZONE).toOffsetDateTime();
	}
}
