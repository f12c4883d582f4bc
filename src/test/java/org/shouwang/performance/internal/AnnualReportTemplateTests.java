package org.shouwang.performance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shouwang.performance.Figure;
import org.shouwang.platform.indicators.IndicatorKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual-summary template rendered over synthetic figures, without Spring: every placeholder resolves, each
 * figure is printed after the seed's conventions and linked to its records, and a missing indicator is left out of
 * the prose and listed as missing instead of being made up.
 */
class AnnualReportTemplateTests {

	private final AnnualReport report = new AnnualReport(null, null, null, "");

	/** The seed's 2025 figures (this year, last year) for every code the template states. */
	static Map<String, BigDecimal[]> seed() {
		Map<String, BigDecimal[]> m = new LinkedHashMap<>();
		put(m, "COMMAND_SUPPORTED_APPREHENSIONS", "198", "180");
		put(m, "COMMAND_ASSISTED_CASES_SOLVED", "214", "200");
		put(m, "PUBLIC_ASSISTANCE_FOUND", "806", "790");
		put(m, "ARRIVAL_WITHIN_STANDARD_RATE", "93.4", "92.0");
		put(m, "CRIMINAL_CASES_SOLVED", "398", "380");
		put(m, "ADMIN_CASES_HANDLED", "856", "800");
		put(m, "SUSPECTS_APPREHENDED", "2127", "2000");
		put(m, "FUGITIVES_CAPTURED", "53", "50");
		put(m, "GRIDS", "162", "160");
		put(m, "VOLUNTEER_TEAMS", "64", "60");
		put(m, "VOLUNTEERS", "735", "700");
		put(m, "CRIMINAL_INCIDENTS", "1790", "1950");
		put(m, "CRIMINAL_CASES_REGISTERED", "749", "1000");
		put(m, "RISK_HAZARDS_FOUND", "865", "1000");
		put(m, "SPECIAL_PERIOD_DAILY_PATROL_OFFICERS", "305", "300");
		put(m, "SPECIAL_PERIOD_DAILY_PATROL_VEHICLES", "84", "80");
		put(m, "KEY_PLACES", "12", "12");
		put(m, "SCHOOL_HOSPITAL_GUARD_COVERAGE", "100.0", "100.0");
		put(m, "BANK_HAZARDS_FOUND", "112", "100");
		put(m, "PREMISES_INSPECTIONS", "1256", "1200");
		put(m, "INSPECTION_HAZARDS_RECTIFIED", "436", "400");
		put(m, "PREMISES_SUSPENDED", "23", "20");
		put(m, "PREMISES_PENALIZED", "85", "80");
		put(m, "HOTSPOT_DEPLOYMENTS", "2806", "2500");
		put(m, "HOTSPOTS_REMEDIATED", "36", "30");
		put(m, "GUARDED_SCHOOLS", "88", "88");
		put(m, "CAMPUS_SAFETY_EVENTS", "96", "90");
		put(m, "CAMPUS_SAFETY_ATTENDANCE", "65321", "60000");
		put(m, "CAMPUS_HAZARDS", "89", "80");
		put(m, "CAMPUS_INCIDENTS", "62", "100");
		put(m, "HOUSEHOLD_VISITS", "56312", "50000");
		put(m, "MEDIATION_SUCCESS_RATE", "98.6", "98.0");
		put(m, "ANTIFRAUD_TALKS", "124", "100");
		put(m, "ANTIFRAUD_LEAFLETS", "20345", "18000");
		put(m, "ANTIFRAUD_APP_REGISTRATIONS", "12456", "10000");
		put(m, "FRAUD_CASES", "415", "500");
		put(m, "FRAUD_WARNINGS_DISSUADED", "4503", "4000");
		put(m, "FRAUD_LOSS_AVOIDED", "10350000", "9000000");
		put(m, "EMERGENCY_HELP_INCIDENTS", "4067", "4000");
		put(m, "MISSING_PERSONS_FOUND", "492", "450");
		put(m, "PATIENT_ESCORTS", "15", "12");
		put(m, "STUDY_SESSIONS", "83", "80");
		put(m, "CULTURAL_EVENTS", "32", "30");
		put(m, "CULTURAL_PARTICIPANTS", "1532", "1400");
		put(m, "FAMILY_WELFARE_VISITS", "63", "60");
		put(m, "DIFFICULTIES_RESOLVED", "23", "20");
		return m;
	}

	private static void put(Map<String, BigDecimal[]> m, String code, String value, String previous) {
		m.put(code, new BigDecimal[] { new BigDecimal(value), new BigDecimal(previous) });
	}

	static Figure figure(String code, BigDecimal value, BigDecimal previous) {
		BigDecimal yoy = previous.signum() == 0 ? null
				: value.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 1, java.math.RoundingMode.HALF_UP);
		String unit = code.endsWith("_RATE") || code.endsWith("_COVERAGE") ? "%" : "起";
		return new Figure(code, code + "名", code, unit, value, previous, yoy, "定义", "definition", 1,
				LocalDate.of(2026, 12, 1), IndicatorKind.COUNT, "Record", null, false, LocalDate.of(2025, 1, 1),
				LocalDate.of(2026, 1, 1), null, List.of());
	}

	private String render(Map<String, BigDecimal[]> values) {
		List<Figure> figures = new ArrayList<>();
		values.forEach((code, v) -> figures.add(figure(code, v[0], v[1])));
		return report.render(new ReportFigures(figures, 2025, null, null, "生成于2026-01-05 09:00。"));
	}

	@Test
	void everyFigureOfTheSeedIsStatedAsTheSeedStatesItAndLinkedToItsRecords() throws Exception {
		Map<String, BigDecimal[]> seed = seed();
		List<Figure> figures = new ArrayList<>();
		seed.forEach((code, v) -> figures.add(figure(code, v[0], v[1])));
		ReportFigures r = new ReportFigures(figures, 2025, null, null, "生成于2026-01-05 09:00。");
		String text = report.render(r);
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/annual-template-test.md"), text);

		assertThat(text).startsWith("# 卫滨分局2025年工作绩效综述");
		assertThat(text).contains("[198名](/api/v1/indicators/COMMAND_SUPPORTED_APPREHENSIONS/records?year=2025)");
		for (String stated : List.of("198名", "210余起", "800余次", "93.4%", "398起", "856起", "2127人", "53人", "162个",
				"64支", "735人", "同比下降8.2%", "同比下降25.1%", "同比下降13.5%", "300余人次", "80余台次", "12处", "100%",
				"112处", "1250余家次", "436处", "23家", "85家", "2800余人次", "36处", "80余所", "96场次", "6.5万余人次", "89处",
				"同比下降38.0%", "5.6万余户", "98.6%", "120余场", "2万余份", "1.2万余人次", "同比下降17.0%", "4500余人次", "超千万元",
				"4060余起", "492名", "15次", "80余次", "30余场次", "逾1500人次", "60余户", "23件")) {
			assertThat(text).as(stated).contains("[" + stated + "](");
		}
		assertThat(r.getMissing()).isEmpty();
		assertThat(r.asked()).containsExactlyInAnyOrderElementsOf(seed.keySet());
		assertThat(text).doesNotContain("null", "[(", "${", "[#", "[/]", "未登记或无数据");
		// The appendix: one row per figure, exact values, 同比 with its sign.
		assertThat(text).contains("| EMERGENCY_HELP_INCIDENTS名 | EMERGENCY_HELP_INCIDENTS | 4067 | 4000 | +1.7% | 起 | v1 |");
		assertThat(text).contains("| CRIMINAL_INCIDENTS名 | CRIMINAL_INCIDENTS | 1790 | 1950 | −8.2% | 起 | v1 |");
	}

	@Test
	void aMissingIndicatorIsLeftOutOfTheProseAndListedAsMissing() {
		Map<String, BigDecimal[]> seed = seed();
		seed.remove("FUGITIVES_CAPTURED");
		seed.put("STUDY_SESSIONS", new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		String text = render(seed);
		assertThat(text).contains("抓获违法犯罪嫌疑人[2127人]").doesNotContain("网上在逃");
		assertThat(text).doesNotContain("学习研讨交流");
		assertThat(text).contains("**未登记或无数据的指标**（正文未引用）：FUGITIVES_CAPTURED、STUDY_SESSIONS");
	}

	@Test
	void withoutLastYearThereIsNo同比AndNothingBreaks() {
		Map<String, BigDecimal[]> seed = seed();
		seed.put("CRIMINAL_INCIDENTS", new BigDecimal[] { new BigDecimal("1790"), BigDecimal.ZERO });
		String text = render(seed);
		assertThat(text).doesNotContain("辖区刑事警情").contains("，刑事立案数").contains("| 1790 | 0 | — |");
	}

	@Test
	void aStationsSummaryIsTitledAndLinkedForTheStation() {
		List<Figure> figures = List.of(figure("EMERGENCY_HELP_INCIDENTS", new BigDecimal("612"), new BigDecimal("580")));
		String text = report.render(new ReportFigures(figures, 2025, "WB01", "南桥派出所", "生成于…。"));
		assertThat(text).startsWith("# 南桥派出所2025年工作绩效综述")
			.contains("[610余起](/api/v1/indicators/EMERGENCY_HELP_INCIDENTS/records?year=2025&stationCode=WB01)");
	}
}
