package org.shouwang.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case indicators (INDICATORS.md), counted from the case tables: each indicator is a record type, its defining
 * date column and a condition; a record counts once, on its defining date, at its case's station, in the category of
 * its offence. Stage dates are the source of truth: a reopened and solved-again case counts on its new solved date.
 */
@Component
class CaseIndicators implements IndicatorSource {

	static final LocalDate DEFINED_ON = LocalDate.of(2026, 12, 4);

	private static final String CASES = "case_file c";

	private static final String APPREHENSIONS = "case_apprehension a JOIN case_file c ON c.id = a.case_id";

	/** How one indicator is counted. */
	record Spec(IndicatorDefinition definition, String from, String idColumn, String dateColumn, String condition) {

		String recordType() {
			return definition.recordType();
		}
	}

	private static final String ASSISTED = "(c.operation_id IS NOT NULL OR EXISTS (SELECT 1 FROM case_task t WHERE t.case_id = c.id"
			+ " AND t.unit_code = :commandCentre AND t.status <> 'CANCELLED'))";

	private final JdbcClient jdbc;

	private final CasesProperties properties;

	private final Map<String, Spec> specs = new LinkedHashMap<>();

	CaseIndicators(JdbcClient jdbc, CasesProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
		caseSpec("CRIMINAL_CASES_SOLVED", "破获刑事案件", "Criminal cases solved", "起",
				"破案日期（案件事实已查清、犯罪行为系嫌疑人所为、主要嫌疑人已到案）在期内的刑事案件",
				"Criminal cases whose solved date (facts proven, the suspect's act proven, main suspect in custody) is in the period",
				"c.solved_at", "c.kind = 'CRIMINAL'");
		caseSpec("ADMIN_CASES_HANDLED", "查处治安案件", "Administrative cases handled", "起",
				"期内作出处罚决定并结案的治安案件", "Administrative cases concluded with a penalty decision in the period",
				"c.concluded_at", "c.kind = 'ADMINISTRATIVE' AND c.penalty IS NOT NULL");
		caseSpec("COMMAND_ASSISTED_CASES_SOLVED", "协助破获刑事案件", "Criminal cases solved with command-centre assistance",
				"起", "期内破获、纳入合成作战或有情指中心任务的刑事案件",
				"Criminal cases solved in the period inside a synthesised operation or with a command-centre task",
				"c.solved_at", "c.kind = 'CRIMINAL' AND " + ASSISTED);
		caseSpec("CRIMINAL_CASES_REGISTERED", "刑事立案", "Criminal cases registered", "起", "立案日期在期内的刑事案件",
				"Criminal cases registered (立案) in the period", "c.registered_at", "c.kind = 'CRIMINAL'");
		caseSpec("FRAUD_CASES", "电信网络诈骗案件发案", "Telecom and online fraud cases", "起", "期内立案的电信网络诈骗案件",
				"Telecom and online fraud cases registered in the period", "c.registered_at",
				"c.kind = 'CRIMINAL' AND c.offence = 'TELECOM_FRAUD'");
		caseSpec("REOPENED_CASES", "案件重新启动", "Cases reopened", "起", "期内重新启动（有理由、已审计）的已结案件",
				"Closed cases reopened (with a reason, audited) in the period, dated by their latest reopening",
				"c.reopened_at", "TRUE");
		apprehensionSpec("SUSPECTS_APPREHENDED", "抓获违法犯罪嫌疑人", "Suspects apprehended", "人",
				"期内抓获的违法犯罪嫌疑人（刑事、治安），按抓获人次", "Persons apprehended in the period (criminal or administrative), per apprehension",
				"TRUE");
		apprehensionSpec("FUGITIVES_CAPTURED", "抓获网上在逃人员", "Online fugitives captured", "名", "期内抓获的网上在逃人员",
				"Apprehensions of persons listed as online fugitives in the period", "a.online_fugitive");
		apprehensionSpec("COMMAND_SUPPORTED_APPREHENSIONS", "情指行直接支撑抓获", "Apprehensions supported by the command centre",
				"名", "期内情指中心直接支撑的抓获", "Apprehensions in the period flagged as directly supported by the command centre",
				"a.command_supported");
		apprehensionSpec("OVERDUE_FUGITIVE_WITHDRAWALS", "逾期未撤网", "Overdue fugitive withdrawals", "名",
				"期内抓获的网上在逃人员中，未在抓获后48小时内撤网的", "Online fugitives apprehended in the period whose record was not withdrawn within 48 hours",
				"a.online_fugitive AND (a.withdrawn_at > a.apprehended_at + make_interval(secs => :withdrawalSecs)"
						+ " OR (a.withdrawn_at IS NULL AND a.overdue_flagged_at IS NOT NULL))");
	}

	private void caseSpec(String code, String zh, String en, String unit, String defZh, String defEn, String date, String condition) {
		specs.put(code, new Spec(IndicatorDefinition.count(code, zh, en, unit, defZh, defEn, 1, DEFINED_ON, CaseService.CASE,
				Set.of(IndicatorDimension.STATION, IndicatorDimension.CATEGORY, IndicatorDimension.MONTH, IndicatorDimension.DAY)),
				CASES, "c.id", date, condition));
	}

	private void apprehensionSpec(String code, String zh, String en, String unit, String defZh, String defEn, String condition) {
		specs.put(code, new Spec(IndicatorDefinition.count(code, zh, en, unit, defZh, defEn, 1, DEFINED_ON,
				CaseService.APPREHENSION, Set.of(IndicatorDimension.STATION, IndicatorDimension.CATEGORY, IndicatorDimension.MONTH,
						IndicatorDimension.DAY)),
				APPREHENSIONS, "a.id", "a.apprehended_at", condition));
	}

	@Override
	public List<String> recordTypes() {
		return List.of(CaseService.CASE, CaseService.APPREHENSION);
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return specs.values().stream().map(Spec::definition).toList();
	}

	private Spec spec(String code) {
		Spec spec = specs.get(code);
		if (spec == null) {
			throw new IllegalArgumentException("Not an indicator of cases: " + code);
		}
		return spec;
	}

	private String select(Spec spec) {
		return "SELECT " + spec.idColumn() + " AS id, c.number, " + spec.dateColumn() + " AS at, c.station_code, c.offence, c.kind,"
				+ " c.status, c.id AS case_id FROM " + spec.from() + " WHERE " + spec.dateColumn() + " IS NOT NULL AND ("
				+ spec.condition() + ")";
	}

	private Map<String, Object> parameters() {
		Map<String, Object> p = new HashMap<>();
		p.put("commandCentre", properties.commandCentreUnit());
		p.put("withdrawalSecs", properties.fugitiveWithdrawal().toSeconds());
		return p;
	}

	private static IndicatorFact fact(Spec spec, java.sql.ResultSet rs) throws java.sql.SQLException {
		OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
		return new IndicatorFact(spec.definition().code(), spec.recordType(), rs.getObject("id", UUID.class), rs.getString("number"),
				at.atZoneSameInstant(IndicatorPeriod.ZONE).toLocalDate(), rs.getString("station_code"), null,
				rs.getString("offence"), 1);
	}

	@Override
	public List<IndicatorFact> factsOf(String recordType, UUID recordId) {
		List<IndicatorFact> facts = new ArrayList<>();
		for (Spec spec : specs.values()) {
			if (!spec.recordType().equals(recordType)) {
				continue;
			}
			jdbc.sql(select(spec) + " AND " + spec.idColumn() + " = :id")
				.params(parameters())
				.param("id", recordId)
				.query((rs, i) -> fact(spec, rs))
				.list()
				.forEach(facts::add);
		}
		return facts;
	}

	private String periodCondition(Spec spec, String stationCode, Map<String, Object> p, IndicatorPeriod period) {
		p.put("from", period.from().atStartOfDay(IndicatorPeriod.ZONE).toOffsetDateTime());
		p.put("to", period.to().atStartOfDay(IndicatorPeriod.ZONE).toOffsetDateTime());
		String sql = " AND " + spec.dateColumn() + " >= :from AND " + spec.dateColumn() + " < :to";
		if (stationCode != null) {
			p.put("station", stationCode);
			sql += " AND c.station_code = :station";
		}
		return sql;
	}

	@Override
	public void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		Spec spec = spec(indicatorCode);
		Map<String, Object> p = parameters();
		String sql = select(spec) + periodCondition(spec, null, p, period);
		jdbc.sql(sql).params(p).query(rs -> {
			sink.accept(fact(spec, rs));
		});
	}

	/** The value of a count for a period and station (null for the branch): what {@link #records} totals. */
	long count(String indicatorCode, IndicatorPeriod period, String stationCode) {
		Spec spec = spec(indicatorCode);
		Map<String, Object> p = parameters();
		String sql = "SELECT count(*) FROM " + spec.from() + " WHERE " + spec.dateColumn() + " IS NOT NULL AND ("
				+ spec.condition() + ")" + periodCondition(spec, stationCode, p, period);
		return jdbc.sql(sql).params(p).query(Long.class).single();
	}

	@Override
	public Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page, int size) {
		Page.check(page, size);
		Spec spec = spec(indicatorCode);
		Map<String, Object> p = parameters();
		String where = periodCondition(spec, stationCode, p, period);
		long total = count(indicatorCode, period, stationCode);
		List<IndicatorRecord> items = jdbc.sql(select(spec) + where + " ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
			.params(p)
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query((rs, i) -> new IndicatorRecord(spec.recordType(), rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(IndicatorPeriod.ZONE).toLocalDate(),
					rs.getString("station_code"), rs.getString("kind") + " " + rs.getString("offence") + " " + rs.getString("status"),
					"/cases/" + rs.getObject("case_id", UUID.class)))
			.list();
		return new Page<>(items, page, size, total);
	}
}
