package org.shouwang.performance;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.security.SignIn;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reconciliation on the demo district: clean; a rollup row altered by hand in PostgreSQL is found, reported (API and
 * dashboard) and repaired on request, all audited; only holders of audit:verify may run or repair. And the
 * dashboard's pages and downloads.
 */
@ShouwangTest
class ReconciliationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	JsonNode post(IndicatorClient client, String path, int expected) throws Exception {
		HttpResponse<String> response = client.post(path, "", false);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(expected);
		return IndicatorClient.JSON.readTree(response.body());
	}

	long audited(String action) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_type = 'IndicatorRollups'")
			.param(action)
			.query(Long.class)
			.single();
	}

	@Test
	void cleanOnTheDemoThenAnAlteredRollupRowIsFoundReportedAndRepaired() throws Exception {
		IndicatorClient admin = new IndicatorClient(port, "admin");
		IndicatorClient analyst = new IndicatorClient(port, "analyst");
		// Clean (once every pending record change of earlier tests has been applied).
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			JsonNode run = post(admin, "/api/v1/indicators/reconciliation", 200);
			assertThat(run.get("differences").asInt()).as(run.toString()).isZero();
		});
		long reconciled = audited("RECONCILE");
		assertThat(reconciled).isPositive();
		assertThat(analyst.get("/api/v1/indicators/reconciliation").statusCode()).isEqualTo(200);
		assertThat(analyst.post("/api/v1/indicators/reconciliation", "", false).statusCode()).isEqualTo(403);
		assertThat(SignIn.browser(port, "admin").get("/performance?year=2025").body()).contains("数据已核验");

		long july = analyst.value("EMERGENCY_HELP_INCIDENTS", "month=2025-07&stationCode=WB01");
		int altered = jdbc.sql("""
				UPDATE indicator_rollup_month SET value = value + 5
				WHERE indicator_code = 'EMERGENCY_HELP_INCIDENTS' AND month = DATE '2025-07-01' AND station_code = 'WB01'""")
			.update();
		assertThat(altered).isEqualTo(1);
		try {
			// The altered row changes the figure (the rollups answer it)...
			assertThat(analyst.value("EMERGENCY_HELP_INCIDENTS", "month=2025-07&stationCode=WB01")).isEqualTo(july + 5);
			// ... and the recount finds it.
			JsonNode run = post(admin, "/api/v1/indicators/reconciliation", 200);
			assertThat(run.get("differences").asInt()).isPositive();
			JsonNode difference = null;
			for (JsonNode d : run.get("details")) {
				if (d.get("level").asString().equals("month×station")
						&& d.get("indicatorCode").asString().equals("EMERGENCY_HELP_INCIDENTS")) {
					difference = d;
				}
			}
			assertThat(difference).as(run.toString()).isNotNull();
			assertThat(difference.get("day").asString()).isEqualTo("2025-07-01");
			assertThat(difference.get("stationCode").asString()).isEqualTo("WB01");
			assertThat(difference.get("storedValue").asLong() - difference.get("expectedValue").asLong()).isEqualTo(5);
			// Only the altered row differs: the facts and the finer rollups still equal the recount.
			java.util.Set<String> levels = new java.util.HashSet<>();
			run.get("details").forEach(d -> levels.add(d.get("level").asString()));
			assertThat(levels).containsOnly("month×station");
			assertThat(audited("RECONCILE")).isEqualTo(reconciled + 1);
			String dashboard = SignIn.browser(port, "admin").get("/performance?year=2025").body();
			assertThat(dashboard).contains("处差异");
			String page = SignIn.browser(port, "admin").get("/performance/reconciliation").body();
			assertThat(page).contains("EMERGENCY_HELP_INCIDENTS").contains("month×station").contains("id=\"repair\"");

			long id = run.get("id").asLong();
			assertThat(analyst.post("/api/v1/indicators/reconciliation/" + id + "/repair", "", false).statusCode())
				.isEqualTo(403);
			JsonNode after = post(admin, "/api/v1/indicators/reconciliation/" + id + "/repair", 200);
			assertThat(after.get("differences").asInt()).isZero();
			assertThat(after.get("trigger").asString()).isEqualTo("REPAIR");
			assertThat(audited("REPAIR")).isEqualTo(1);
			assertThat(analyst.value("EMERGENCY_HELP_INCIDENTS", "month=2025-07&stationCode=WB01")).isEqualTo(july);
			// Once repaired, not again; a clean run has nothing to repair.
			post(admin, "/api/v1/indicators/reconciliation/" + id + "/repair", 409);
			post(admin, "/api/v1/indicators/reconciliation/" + after.get("id").asLong() + "/repair", 409);
		}
		finally {
			jdbc.sql("""
					UPDATE indicator_rollup_month SET value = (SELECT coalesce(sum(value), 0) FROM indicator_rollup_day d
					  WHERE d.indicator_code = 'EMERGENCY_HELP_INCIDENTS' AND d.station_code = 'WB01'
					    AND d.day >= DATE '2025-07-01' AND d.day < DATE '2025-08-01')
					WHERE indicator_code = 'EMERGENCY_HELP_INCIDENTS' AND month = DATE '2025-07-01' AND station_code = 'WB01'""")
				.update();
		}
	}

	@Test
	void theDashboardRecordsAndDownloads() throws Exception {
		SignIn.Browser admin = SignIn.browser(port, "admin");
		String dashboard = admin.get("/performance?year=2025").body();
		assertThat(dashboard).contains("分局记分卡").contains("紧急求助警情").contains("CompStat").contains("派出所排名")
			.contains("/performance/records?code=EMERGENCY_HELP_INCIDENTS&amp;year=2025");
		String records = admin.get("/performance/records?code=EMERGENCY_HELP_INCIDENTS&year=2025&size=20").body();
		assertThat(records).contains("JQ2025").contains("/command/incidents/");
		assertThat(admin.get("/performance/records?code=NOPE&year=2025").statusCode()).isEqualTo(404);
		assertThat(admin.get("/performance?year=20x5").statusCode()).isEqualTo(400);

		HttpResponse<String> csv = admin.get("/performance/export?table=scorecard&format=csv&year=2025");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).contains("EMERGENCY_HELP_INCIDENTS").contains("紧急求助警情");
		for (String table : new String[] { "scorecard", "ranking", "trend", "compstat" }) {
			HttpResponse<String> response = admin.get("/performance/export?table=" + table + "&format=csv&year=2025");
			assertThat(response.statusCode()).as(table).isEqualTo(200);
		}
		assertThat(admin.get("/performance/export?table=nope&format=csv&year=2025").statusCode()).isEqualTo(400);
		assertThat(admin.get("/performance/export?table=scorecard&format=pdf&year=2025").statusCode()).isEqualTo(400);

		// The XLSX of a figure's records has one row per record.
		IndicatorClient analyst = new IndicatorClient(port, "analyst");
		long escorts = analyst.value("PATIENT_ESCORTS", "year=2025");
		HttpResponse<byte[]> xlsx = admin.client()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
					+ "/performance/export?table=records&format=xlsx&code=PATIENT_ESCORTS&year=2025")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo((int) escorts);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("JQ2025");
		}
		assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
	}
}
