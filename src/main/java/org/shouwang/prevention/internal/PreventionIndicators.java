package org.shouwang.prevention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorDimension;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;
import org.shouwang.prevention.Guards;
import org.shouwang.prevention.PatrolPlanning;
import org.shouwang.prevention.Remediation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prevention module's indicators (INDICATORS.md): HOTSPOT_DEPLOYMENTS (人次, SUM), HOTSPOTS_REMEDIATED, the
 * year-end snapshots KEY_PLACES, GUARDED_SCHOOLS and the coverage SCHOOL_HOSPITAL_GUARD_COVERAGE (guarded ÷ all
 * schools, kindergartens and hospitals), and the special-period daily averages of patrol officers and vehicles (sums of
 * officer-days and vehicle-days over the days of published plans).
 */
@Component
class PreventionIndicators implements IndicatorSource {

	static final LocalDate DEFINED_ON = LocalDate.of(2026, 12, 4);

	private static final Set<IndicatorDimension> DIMENSIONS = Set.of(IndicatorDimension.STATION, IndicatorDimension.GRID,
			IndicatorDimension.MONTH);

	private static final Set<IndicatorDimension> STATION = Set.of(IndicatorDimension.STATION);

	static final String KEY_PLACES = "KEY_PLACES";

	static final String GUARDED_SCHOOLS = "GUARDED_SCHOOLS";

	static final String GUARDED_CAMPUSES = "GUARDED_CAMPUSES_HOSPITALS";

	static final String CAMPUSES = "CAMPUSES_HOSPITALS";

	static final String COVERAGE = "SCHOOL_HOSPITAL_GUARD_COVERAGE";

	private static final String PLAN_DAYS = "SPECIAL_PERIOD_PATROL_DAYS";

	private static final String OFFICER_DAYS = "SPECIAL_PERIOD_PATROL_OFFICER_DAYS";

	private static final String VEHICLE_DAYS = "SPECIAL_PERIOD_PATROL_VEHICLE_DAYS";

	private static final String PUBLISHED_PLANS = "prevention_patrol_plan pl";

	private final JdbcClient jdbc;

	private final Places places;

	private final Map<String, SqlFacts> facts = new LinkedHashMap<>();

	private final List<IndicatorDefinition> definitions = new ArrayList<>();

	PreventionIndicators(JdbcClient jdbc, Places places) {
		this.jdbc = jdbc;
		this.places = places;
		add(new SqlFacts(sum("HOTSPOT_DEPLOYMENTS", "清查警力", "Officer-deployments to hotspot clean-ups", "人次",
				"年内治安乱点整治项目投入的清查警力人次之和", "Officer-deployments (人次) of hotspot remediation projects in the year",
				Remediation.DEPLOYMENT, DIMENSIONS), "prevention_remediation_deployment d JOIN prevention_remediation_project p ON p.id = d.project_id",
				"d.id", "p.number", "d.deployed_on", "d.station_code", "d.grid_code", "NULL", "d.officers", "TRUE", "p.name",
				"/prevention/remediation/{project}"));
		add(new SqlFacts(IndicatorDefinition.count("HOTSPOTS_REMEDIATED", "整治治安乱点", "Hotspots remediated", "处",
				"年内经评估后以“整治完成”结项的治安乱点整治项目", "Hotspot remediation projects closed as remediated in the year",
				1, DEFINED_ON, Remediation.PROJECT, DIMENSIONS), "prevention_remediation_project p", "p.id", "p.number",
				"p.closed_on", "p.station_code", "p.grid_code", "NULL", "1", "p.status = 'REMEDIATED'", "p.name",
				"/prevention/remediation/{id}"));
		String days = "(pl.ends_on - pl.starts_on + 1)";
		String officerDays = "(SELECT count(DISTINCT (r.officer_id, s.day)) FROM prevention_roster_officer r "
				+ "JOIN prevention_patrol_slot s ON s.id = r.slot_id WHERE r.plan_id = pl.id)";
		String vehicleDays = "(SELECT count(DISTINCT (r.vehicle_code, s.day)) FROM prevention_roster_vehicle r "
				+ "JOIN prevention_patrol_slot s ON s.id = r.slot_id WHERE r.plan_id = pl.id)";
		add(planFacts(sum(PLAN_DAYS, "特殊时期巡防天数", "Days of special-period patrol plans", "天",
				"年内开始的已发布特殊时期巡防方案的天数之和", "Days of published special-period patrol plans starting in the year",
				PatrolPlanning.PLAN, STATION), days));
		add(planFacts(sum(OFFICER_DAYS, "特殊时期巡防警力人日", "Officer-days of special-period patrol", "人日",
				"已发布特殊时期巡防方案每日在岗民警（去重）之和", "Sum over the plans' days of distinct officers rostered",
				PatrolPlanning.PLAN, STATION), officerDays));
		add(planFacts(sum(VEHICLE_DAYS, "特殊时期巡防车辆车日", "Vehicle-days of special-period patrol", "车日",
				"已发布特殊时期巡防方案每日在岗车辆（去重）之和", "Sum over the plans' days of distinct vehicles rostered",
				PatrolPlanning.PLAN, STATION), vehicleDays));
		definitions.add(ratio("SPECIAL_PERIOD_DAILY_PATROL_OFFICERS", "特殊时期日均巡防警力", "Daily patrol officers in special periods",
				"人", "特殊时期巡防方案日均投入警力：警力人日 ÷ 天数", "Average officers per day over special-period plans",
				PatrolPlanning.PLAN, OFFICER_DAYS, PLAN_DAYS));
		definitions.add(ratio("SPECIAL_PERIOD_DAILY_PATROL_VEHICLES", "特殊时期日均巡防车辆", "Daily patrol vehicles in special periods",
				"辆", "特殊时期巡防方案日均投入车辆：车日 ÷ 天数", "Average vehicles per day over special-period plans",
				PatrolPlanning.PLAN, VEHICLE_DAYS, PLAN_DAYS));
		// Version 2 of KEY_PLACES: geography's version 1 counts the key places on the map; this one the places under
		// the three measures the definition names, and replaces it in the registry (the higher version wins).
		IndicatorDefinition keyPlaces = snapshot(KEY_PLACES, "人员密集场所", "Key crowded places under guard", "处",
				"年末落实定点值守、动态巡逻、视频巡查三项措施的人员密集场所", "Key places under fixed posts, patrol and video patrol at year end",
				Guards.KEY_PLACE_GUARD);
		definitions.add(new IndicatorDefinition(keyPlaces.code(), keyPlaces.nameZh(), keyPlaces.nameEn(), keyPlaces.unit(),
				keyPlaces.definitionZh(), keyPlaces.definitionEn(), 2, DEFINED_ON, keyPlaces.kind(), keyPlaces.recordType(),
				keyPlaces.dimensions(), null, null));
		definitions.add(snapshot(GUARDED_SCHOOLS, "护学岗学校", "Schools with a 护学岗 duty", "所",
				"年末设有护学岗的中小学、幼儿园", "Schools and kindergartens with a 护学岗 duty at year end", Guards.SCHOOL_DUTY));
		definitions.add(snapshot(GUARDED_CAMPUSES, "警力进驻或联动值守的校园医院", "Guarded schools, kindergartens and hospitals", "所",
				"年末落实一校一警、一院一室或联动值守的学校、幼儿园、重点医院", "Schools, kindergartens and key hospitals guarded at year end",
				Guards.CAMPUS_GUARD));
		definitions.add(snapshot(CAMPUSES, "学校幼儿园重点医院", "Schools, kindergartens and key hospitals", "所",
				"地图登记的学校、幼儿园、重点医院", "Schools, kindergartens and key hospitals on the map", "Place"));
		definitions.add(ratio(COVERAGE, "校园/医院警力进驻或联动值守率", "Campus and hospital guard coverage", "%",
				"落实警力进驻或联动值守的学校、幼儿园、重点医院 ÷ 全部", "Guarded ÷ all schools, kindergartens and key hospitals",
				Guards.CAMPUS_GUARD, GUARDED_CAMPUSES, CAMPUSES));
	}

	private static SqlFacts planFacts(IndicatorDefinition definition, String weight) {
		return new SqlFacts(definition, PUBLISHED_PLANS, "pl.id", "pl.number", "pl.starts_on", "pl.station_code", "NULL",
				"pl.kind", weight, "pl.status = 'PUBLISHED'", "pl.name", "/prevention/plans/{id}");
	}

	private static IndicatorDefinition sum(String code, String zh, String en, String unit, String defZh, String defEn,
			String recordType, Set<IndicatorDimension> dimensions) {
		return new IndicatorDefinition(code, zh, en, unit, defZh, defEn, 1, DEFINED_ON, IndicatorKind.SUM, recordType,
				dimensions, null, null);
	}

	private static IndicatorDefinition ratio(String code, String zh, String en, String unit, String defZh, String defEn,
			String recordType, String numerator, String denominator) {
		return new IndicatorDefinition(code, zh, en, unit, defZh, defEn, 1, DEFINED_ON, IndicatorKind.RATIO, recordType,
				STATION, numerator, denominator);
	}

	private static IndicatorDefinition snapshot(String code, String zh, String en, String unit, String defZh, String defEn,
			String recordType) {
		return new IndicatorDefinition(code, zh, en, unit, defZh, defEn, 1, DEFINED_ON, IndicatorKind.SNAPSHOT, recordType,
				STATION, null, null);
	}

	private void add(SqlFacts f) {
		facts.put(f.definition().code(), f);
		definitions.add(f.definition());
	}

	@Override
	public List<String> recordTypes() {
		return List.of(Remediation.DEPLOYMENT, Remediation.PROJECT, PatrolPlanning.PLAN);
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return List.copyOf(definitions);
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorFact> factsOf(String recordType, UUID recordId) {
		return facts.values()
			.stream()
			.filter(f -> f.definition().recordType().equals(recordType))
			.flatMap(f -> f.factsOf(jdbc, recordId).stream())
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		SqlFacts f = facts.get(indicatorCode);
		if (f == null) {
			throw new NotFoundException("Indicator " + indicatorCode);
		}
		f.forEach(jdbc, period, sink);
	}

	@Override
	@Transactional(readOnly = true)
	public long snapshot(String indicatorCode, IndicatorPeriod period, String stationCode) {
		return switch (indicatorCode) {
			case CAMPUSES -> campuses(stationCode).size();
			case KEY_PLACES, GUARDED_SCHOOLS, GUARDED_CAMPUSES -> jdbc.sql("SELECT count(DISTINCT place_id) FROM ("
					+ snapshotSql(indicatorCode) + ") x")
				.param("day", period.lastDay())
				.param("station", stationCode == null ? "" : stationCode)
				.query(Long.class)
				.single();
			default -> throw new UnsupportedOperationException(indicatorCode + " is not a snapshot of this source");
		};
	}

	/** The rows in force on :day (with :station, '' for all) of a guard snapshot, one per place. */
	private static String snapshotSql(String code) {
		String table = switch (code) {
			case KEY_PLACES -> "prevention_key_place_guard";
			case GUARDED_SCHOOLS -> "prevention_school_duty";
			default -> "prevention_campus_guard";
		};
		String extra = code.equals(KEY_PLACES) ? " AND fixed_posts > 0 AND patrol_interval_minutes > 0 AND video_patrol" : "";
		return "SELECT DISTINCT ON (place_id) id, place_id, place_name, station_code, since FROM " + table
				+ " WHERE since <= :day AND (until IS NULL OR until >= :day) AND (:station = '' OR station_code = :station)"
				+ extra + " ORDER BY place_id, since DESC";
	}

	@Override
	@Transactional(readOnly = true)
	public Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page,
			int size) {
		Page.check(page, size);
		SqlFacts f = facts.get(indicatorCode);
		if (f != null) {
			Page<IndicatorRecord> records = f.records(jdbc, period, stationCode, page, size);
			return records.map(this::link);
		}
		return switch (indicatorCode) {
			case CAMPUSES -> {
				List<Place> all = campuses(stationCode);
				List<IndicatorRecord> items = all.stream()
					.skip(Page.offset(page, size))
					.limit(size)
					.map(p -> new IndicatorRecord("Place", p.id(), null, period.lastDay(), p.stationCode(), p.name(),
							"/prevention/campuses"))
					.toList();
				yield new Page<>(items, page, size, all.size());
			}
			case KEY_PLACES, GUARDED_SCHOOLS, GUARDED_CAMPUSES -> {
				String sql = snapshotSql(indicatorCode);
				String type = definitions.stream().filter(d -> d.code().equals(indicatorCode)).findFirst().orElseThrow().recordType();
				long total = snapshot(indicatorCode, period, stationCode);
				List<IndicatorRecord> items = jdbc.sql("SELECT * FROM (" + sql + ") x ORDER BY place_name LIMIT :limit OFFSET :offset")
					.param("day", period.lastDay())
					.param("station", stationCode == null ? "" : stationCode)
					.param("limit", size)
					.param("offset", Page.offset(page, size))
					.query((rs, n) -> new IndicatorRecord(type, rs.getObject("id", UUID.class), null,
							rs.getObject("since", LocalDate.class), rs.getString("station_code"), rs.getString("place_name"),
							indicatorCode.equals(KEY_PLACES) ? "/prevention/key-places" : "/prevention/campuses"))
					.list();
				yield new Page<>(items, page, size, total);
			}
			default -> throw new NotFoundException("Indicator " + indicatorCode);
		};
	}

	private IndicatorRecord link(IndicatorRecord r) {
		if (r.href() == null || !r.href().contains("{project}")) {
			return r;
		}
		UUID project = jdbc.sql("SELECT project_id FROM prevention_remediation_deployment WHERE id = ?").param(r.id())
			.query(UUID.class).single();
		return new IndicatorRecord(r.type(), r.id(), r.number(), r.date(), r.stationCode(), r.label(),
				r.href().replace("{project}", project.toString()));
	}

	private List<Place> campuses(String stationCode) {
		List<Place> all = new ArrayList<>();
		for (PlaceKind kind : List.of(PlaceKind.SCHOOL, PlaceKind.KINDERGARTEN, PlaceKind.HOSPITAL)) {
			places.ofKind(kind).stream().filter(p -> stationCode == null || stationCode.equals(p.stationCode())).forEach(all::add);
		}
		return all;
	}
}
