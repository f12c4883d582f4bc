package org.shouwang.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The indicator API on the demo district: the command centre's 2025 figures of INDICATORS.md, records totals equal
 * to values, a new incident and a reclassification moving the figures within seconds, station scope and periods.
 * Other test classes add incidents of 2025 to the same database, so each expected value is the demo's figure plus
 * the non-demo incidents the test counts itself in SQL (zero when this class runs alone).
 */
@ShouwangTest
class IndicatorApiTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	IndicatorClient analyst;

	IndicatorClient dispatcher;

	IndicatorClient nanqiao;

	@BeforeEach
	void clients() {
		analyst = new IndicatorClient(port, "analyst");
		dispatcher = new IndicatorClient(port, "dispatcher");
		nanqiao = new IndicatorClient(port, "nanqiao");
	}

	/** Non-demo incidents of a year matching a condition (added by tests). */
	long added(int year, String condition) {
		return jdbc.sql("SELECT count(*) FROM incident i WHERE NOT demo AND status <> 'MERGED' AND reported_at >= ?"
				+ " AND reported_at < ? AND (" + condition + ")")
			.params(start(year), start(year + 1))
			.query(Long.class)
			.single();
	}

	static OffsetDateTime start(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toOffsetDateTime();
	}

	static BigDecimal yoy(long last, long current) {
		return BigDecimal.valueOf((current - last) * 100L).divide(BigDecimal.valueOf(last), 1, RoundingMode.HALF_UP);
	}

	record Expected(String code, long demo2025, long demo2024, String condition) {
	}

	static final List<Expected> COMMAND_CENTRE = List.of(
			new Expected("EMERGENCY_HELP_INCIDENTS", 4067, 3920, "category = 'HELP'"),
			new Expected("CRIMINAL_INCIDENTS", 1790, 1950, "category = 'CRIMINAL'"),
			new Expected("CAMPUS_INCIDENTS", 62, 100, "school_related AND category IN ('CRIMINAL', 'PUBLIC_ORDER')"),
			new Expected("MISSING_PERSONS_FOUND", 492, 318 + 157,
					"subtype IN ('MISSING_ELDERLY', 'MISSING_CHILD') AND disposition = 'PERSON_FOUND'"),
			new Expected("PATIENT_ESCORTS", 15, 13, "category = 'HELP' AND disposition = 'ESCORTED_TO_HOSPITAL'"),
			new Expected("PUBLIC_ASSISTANCE_FOUND", 806, 318 + 157 + 296,
					"category = 'HELP' AND disposition IN ('PERSON_FOUND', 'PROPERTY_RECOVERED')"));

	@Test
	void the2025CommandCentreFiguresAreTheSeeds() throws Exception {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Map<String, JsonNode> figures = analyst.figures("year=2025");
			for (Expected e : COMMAND_CENTRE) {
				long current = e.demo2025() + added(2025, e.condition());
				long last = e.demo2024() + added(2024, e.condition());
				JsonNode f = figures.get(e.code());
				assertThat(f).as(e.code()).isNotNull();
				assertThat(f.get("value").asLong()).as(e.code()).isEqualTo(current);
				assertThat(f.get("previousValue").asLong()).as(e.code()).isEqualTo(last);
				assertThat(f.get("yoyPercent").decimalValue()).as(e.code()).isEqualByComparingTo(yoy(last, current));
				assertThat(f.get("definition").asString()).isNotBlank();
				assertThat(f.get("version").asInt()).isEqualTo(1);
				assertThat(f.get("name").asString()).isNotBlank();
			}
		});
		if (added(2025, "category = 'CRIMINAL'") + added(2024, "category = 'CRIMINAL'") == 0) {
			assertThat(analyst.figures("year=2025").get("CRIMINAL_INCIDENTS").get("yoyPercent").decimalValue())
				.isEqualByComparingTo("-8.2");
		}
		Map<String, JsonNode> figures = analyst.figures("year=2025");
		assertThat(figures.get("CAMPUS_INCIDENTS").get("yoyPercent").decimalValue()).isEqualByComparingTo("-38.0");
		assertThat(figures.get("GRIDS").get("value").asLong())
			.isEqualTo(jdbc.sql("SELECT count(*) FROM geo_grid WHERE active").query(Long.class).single())
			.isGreaterThanOrEqualTo(162);
		assertThat(figures.get("KEY_PLACES").get("value").asLong())
			.isEqualTo(jdbc.sql("SELECT count(*) FROM geo_place WHERE kind = 'KEY_PLACE'").query(Long.class).single());
		// The share on scene within the standard, with the median beside it.
		// (the median is computed from the records: on the figure's own answer, not in the list)
		assertThat(figures.get("ARRIVAL_WITHIN_STANDARD_RATE").get("statistics")).isEmpty();
		JsonNode rate = analyst.json("/api/v1/indicators/ARRIVAL_WITHIN_STANDARD_RATE?year=2025");
		assertThat(rate.get("unit").asString()).isEqualTo("%");
		assertThat(rate.get("value").decimalValue()).isBetween(new BigDecimal("85"), new BigDecimal("98"));
		assertThat(rate.get("value").decimalValue().scale()).isEqualTo(1);
		assertThat(rate.get("statistics").get(0).get("key").asString()).isEqualTo("MEDIAN_RECEIVED_TO_ON_SCENE_SECONDS");
		assertThat(rate.get("statistics").get(0).get("value").asDouble()).isPositive();
		// Nothing counted in a year without records: 同比 null, not infinity.
		JsonNode empty = analyst.json("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS?year=2024");
		assertThat(empty.get("previousValue").asLong()).isZero();
		assertThat(empty.get("yoyPercent").isNull()).isTrue();
	}

	@Test
	void everyCountingFiguresRecordsTotalIsItsValue() throws Exception {
		for (JsonNode f : analyst.json("/api/v1/indicators?year=2025")) {
			if (!f.get("kind").asString().equals("COUNT")) {
				continue;
			}
			String code = f.get("code").asString();
			JsonNode records = analyst.json("/api/v1/indicators/" + code + "/records?year=2025&page=0&size=5");
			long value = analyst.value(code, "year=2025");
			assertThat(records.get("total").asLong()).as(code).isEqualTo(value);
			for (JsonNode r : records.get("items")) {
				assertThat(r.get("type").asString()).isNotBlank();
				assertThat(r.get("id").asString()).hasSize(36);
				assertThat(LocalDate.parse(r.get("date").asString()).getYear()).isEqualTo(2025);
				assertThat(r.get("href").asString()).startsWith("/");
			}
		}
		JsonNode help = analyst.json("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS/records?year=2025&page=0&size=3");
		assertThat(help.get("items")).hasSize(3);
		assertThat(help.get("items").get(0).get("number").asString()).startsWith("JQ2025");
	}

	/** A HELP incident reported at a random time of 2025 inside the district. */
	static String helpIncident() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		OffsetDateTime at = LocalDate.of(2025, 3, 1).atStartOfDay(ZONE).toOffsetDateTime()
			.plusMinutes(random.nextLong(0, 200L * 24 * 60));
		return """
				{"channel": "CALL_110", "category": "HELP", "subtype": "LOCKED_OUT", "reportedAt": "%s",
				 "location": {"lat": %s, "lng": %s, "address": "测试路 %d 号"}, "summary": "绩效测试 %s"}"""
			.formatted(at, 35.29 + random.nextDouble(0, 0.025), 113.84 + random.nextDouble(0, 0.04),
					random.nextInt(1, 999), java.util.UUID.randomUUID());
	}

	@Test
	void oneMoreHelpIncidentMovesItsFigureByOneAndAReclassificationMovesBothAndIsCounted() throws Exception {
		long help = analyst.value("EMERGENCY_HELP_INCIDENTS", "year=2025");
		long criminal = analyst.value("CRIMINAL_INCIDENTS", "year=2025");
		long reclassified = analyst.value("RECLASSIFIED_INCIDENTS", "year=2025");
		HttpResponse<String> created = dispatcher.post("/api/v1/incidents", helpIncident(), true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = IndicatorClient.JSON.readTree(created.body()).get("id").asString();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> analyst.value("EMERGENCY_HELP_INCIDENTS", "year=2025") != help);
		assertThat(analyst.value("EMERGENCY_HELP_INCIDENTS", "year=2025")).isEqualTo(help + 1);
		assertThat(analyst.value("CRIMINAL_INCIDENTS", "year=2025")).isEqualTo(criminal);

		HttpResponse<String> changed = dispatcher.post("/api/v1/incidents/" + id + "/reclassify",
				"{\"category\": \"CRIMINAL\", \"subtype\": \"BURGLARY\", \"reason\": \"现场勘查为入室盗窃\"}", false);
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> analyst.value("RECLASSIFIED_INCIDENTS", "year=2025") != reclassified);
		assertThat(analyst.value("RECLASSIFIED_INCIDENTS", "year=2025")).isEqualTo(reclassified + 1);
		assertThat(analyst.value("EMERGENCY_HELP_INCIDENTS", "year=2025")).isEqualTo(help);
		assertThat(analyst.value("CRIMINAL_INCIDENTS", "year=2025")).isEqualTo(criminal + 1);
		// The integrity figure says from what to what.
		long fromHelpToCriminal = jdbc.sql("""
				SELECT coalesce(sum(value), 0) FROM indicator_rollup
				WHERE indicator_code = 'RECLASSIFIED_INCIDENTS' AND category = 'HELP→CRIMINAL'""").query(Long.class).single();
		assertThat(fromHelpToCriminal).isPositive();
		// One fact per record and indicator, however often it changed.
		assertThat(jdbc.sql("SELECT count(*) FROM indicator_fact WHERE record_id = ?::uuid").param(id)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aStationOfficerSeesOnlyTheirStationsFiguresAndRecords() throws Exception {
		Map<String, JsonNode> own = nanqiao.figures("year=2025");
		long wb01Help = jdbc.sql("SELECT count(*) FROM incident WHERE station_code = 'WB01' AND category = 'HELP'"
				+ " AND status <> 'MERGED' AND reported_at >= ? AND reported_at < ?")
			.params(start(2025), start(2026))
			.query(Long.class)
			.single();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				nanqiao.value("EMERGENCY_HELP_INCIDENTS", "year=2025")).isEqualTo(wb01Help));
		assertThat(own.get("EMERGENCY_HELP_INCIDENTS").get("stationCode").asString()).isEqualTo("WB01");
		long branch = analyst.value("EMERGENCY_HELP_INCIDENTS", "year=2025");
		assertThat(wb01Help).isPositive().isLessThan(branch);
		assertThat(analyst.value("EMERGENCY_HELP_INCIDENTS", "year=2025&stationCode=WB01")).isEqualTo(wb01Help);
		assertThat(nanqiao.value("EMERGENCY_HELP_INCIDENTS", "year=2025&stationCode=WB01")).isEqualTo(wb01Help);
		// Another station: not found, for figures and records alike.
		assertThat(nanqiao.get("/api/v1/indicators?year=2025&stationCode=WB02").statusCode()).isEqualTo(404);
		assertThat(nanqiao.get("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS?year=2025&stationCode=WB02").statusCode())
			.isEqualTo(404);
		assertThat(nanqiao.get("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS/records?year=2025&stationCode=WB02")
			.statusCode()).isEqualTo(404);
		JsonNode records = nanqiao.json("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS/records?year=2025&size=200");
		assertThat(records.get("total").asLong()).isEqualTo(wb01Help);
		assertThat(records.get("items")).isNotEmpty().allSatisfy(r -> assertThat(r.get("stationCode").asString()).isEqualTo("WB01"));
	}

	@Test
	void periodsAreYearsMonthsIsoWeeksOrDaysAndBadOnesAre400() throws Exception {
		JsonNode week = analyst.json("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS?week=2025-W28");
		assertThat(week.get("from").asString()).isEqualTo("2025-07-07");
		assertThat(week.get("to").asString()).isEqualTo("2025-07-14");
		long july = analyst.value("EMERGENCY_HELP_INCIDENTS", "month=2025-07");
		assertThat(analyst.value("EMERGENCY_HELP_INCIDENTS", "from=2025-07-01&to=2025-08-01")).isEqualTo(july);
		long split = analyst.value("EMERGENCY_HELP_INCIDENTS", "from=2025-07-01&to=2025-07-16")
				+ analyst.value("EMERGENCY_HELP_INCIDENTS", "from=2025-07-16&to=2025-08-01");
		assertThat(split).isEqualTo(july).isPositive();
		long months = 0;
		for (int m = 1; m <= 12; m++) {
			months += analyst.value("EMERGENCY_HELP_INCIDENTS", "month=2025-%02d".formatted(m));
		}
		assertThat(months).isEqualTo(analyst.value("EMERGENCY_HELP_INCIDENTS", "year=2025"));
		for (String bad : List.of("year=abc", "year=2025&month=2025-07", "week=2025-W60", "week=2025-28",
				"month=2025-13", "from=2025-07-01", "from=2025-08-01&to=2025-07-01", "stationCode=XX",
				"year=2025&stationCode=WB01%27")) {
			HttpResponse<String> response = analyst.get("/api/v1/indicators?" + bad);
			assertThat(response.statusCode()).as(bad).isEqualTo(400);
			assertThat(response.body()).as(bad).doesNotContain("Exception");
		}
		assertThat(analyst.get("/api/v1/indicators/NO_SUCH_INDICATOR?year=2025").statusCode()).isEqualTo(404);
		assertThat(analyst.get("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS/records?year=2025&size=0").statusCode())
			.isEqualTo(400);
		assertThat(analyst.get("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS/records?year=2025&page=x").statusCode())
			.isEqualTo(400);
	}
}
