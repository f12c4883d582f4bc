package org.shouwang.performance;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.security.SignIn;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The annual summary of API.md on the demo district: Markdown in Chinese with the seed's figures as the seed states
 * them, each linked to its records; the PDF with the same text (extracted) and the XLSX appendix; a new incident
 * moving its figure; a station's summary for its own users only; the generation audited.
 */
@ShouwangTest
class AnnualReportApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private IndicatorClient analyst;

	private IndicatorClient nanqiao;

	private IndicatorClient dispatcher;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void clients() {
		analyst = new IndicatorClient(port, "analyst");
		nanqiao = new IndicatorClient(port, "nanqiao");
		dispatcher = new IndicatorClient(port, "dispatcher");
	}

	private HttpResponse<byte[]> bytes(String path, String user) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + SignIn.token(port, user))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void theDemos2025SummaryStatesTheCommandCentresFiguresAsTheSeedDoes() throws Exception {
		HttpResponse<String> response = analyst.get("/api/v1/reports/annual?year=2025");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/markdown").containsIgnoringCase("charset=utf-8"));
		String text = response.body();
		assertThat(text).startsWith("# 卫滨分局2025年工作绩效综述");
		long help = analyst.value("EMERGENCY_HELP_INCIDENTS", "year=2025");
		String helpStated = (help / 10 * 10) + "余起";
		assertThat(text).contains("[" + helpStated + "](/api/v1/indicators/EMERGENCY_HELP_INCIDENTS/records?year=2025)");
		assertThat(text).contains("[492名](", "[15次](", "[同比下降8.2%](/api/v1/indicators/CRIMINAL_INCIDENTS/records",
				"[同比下降38.0%](/api/v1/indicators/CAMPUS_INCIDENTS/records", "[800余次](", "[162个](", "[12处](");
		// The appendix lists every registered indicator with its exact value and definition version.
		assertThat(text).contains("| EMERGENCY_HELP_INCIDENTS | " + help + " | ");
		assertThat(text).doesNotContain("null", "[(", "${");
		// Generated from the figures, audited as a generation.
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'REPORT_GENERATED' AND actor = 'analyst'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void thePdfCarriesTheChineseFiguresAndTheXlsxTheAppendix() throws Exception {
		HttpResponse<byte[]> pdf = bytes("/api/v1/reports/annual.pdf?year=2025", "analyst");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
		PdfReader reader = new PdfReader(pdf.body());
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page));
		}
		assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(3);
		String all = text.toString().replaceAll("\\s+", "");
		assertThat(all).contains("卫滨分局2025年工作绩效综述", "492名", "同比下降8.2%", "第1页", "统计期间");
		reader.close();

		HttpResponse<byte[]> xlsx = bytes("/api/v1/reports/annual.xlsx?year=2025", "analyst");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			boolean found = false;
			for (Row row : sheet) {
				if ("MISSING_PERSONS_FOUND".equals(row.getCell(0).getStringCellValue())) {
					assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(492);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void oneMoreHelpIncidentChangesTheSummarysFigure() throws Exception {
		long before = analyst.value("EMERGENCY_HELP_INCIDENTS", "year=2025");
		HttpResponse<String> created = dispatcher.post("/api/v1/incidents", IndicatorApiTests.helpIncident(), true);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> analyst.get("/api/v1/reports/annual?year=2025").body()
				.contains("| EMERGENCY_HELP_INCIDENTS | " + (before + 1) + " | "));
	}

	@Test
	void aStationOfficerGetsTheirStationsSummaryOnly() throws Exception {
		HttpResponse<String> own = nanqiao.get("/api/v1/reports/annual?year=2025");
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		assertThat(own.body()).startsWith("# 南桥派出所2025年工作绩效综述").contains("&stationCode=WB01)");
		assertThat(nanqiao.get("/api/v1/reports/annual?year=2025&stationCode=WB02").statusCode()).isEqualTo(404);
		assertThat(analyst.get("/api/v1/reports/annual?year=2025&stationCode=WB01").body())
			.startsWith("# 南桥派出所2025年工作绩效综述");
	}

	@Test
	void badYearsAndStationsAre400() throws Exception {
		assertThat(analyst.get("/api/v1/reports/annual?year=1900").statusCode()).isEqualTo(400);
		assertThat(analyst.get("/api/v1/reports/annual?year=abc").statusCode()).isEqualTo(400);
		assertThat(analyst.get("/api/v1/reports/annual").statusCode()).isEqualTo(400);
		assertThat(analyst.get("/api/v1/reports/annual?year=2025&stationCode=XX").statusCode()).isEqualTo(400);
	}
}
