package org.shouwang.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitInput;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import org.shouwang.security.SignIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live board: incidents taken in and dispatched through the API while the page is open appear and
 * change in the list without a reload, with their timers amber (past 80 % of the arrival standard) and red
 * (past it); the unit counts follow.
 */
class BoardBrowserTests extends BrowserSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One dispatcher token per server port (the token endpoint is rate-limited). */
	private static final Map<Integer, String> TOKENS = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	OrganizationAdministration organization;

	@Test
	void incidentsAppearAndChangeOnTheBoardWithoutReload() throws Exception {
		DutyUnit unit = organization.createDutyUnit(new DutyUnitInput(
				"BB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT), DutyUnitKind.PATROL_CAR,
				"WB01", null, Set.of()));
		try {
			watchTheBoard(unit);
		}
		finally {
			organization.deactivateDutyUnit(unit.id());
		}
	}

	private void watchTheBoard(DutyUnit unit) throws Exception {
		send("PUT", "/api/v1/units/" + unit.id() + "/position", "{\"lat\": 35.3035, \"lng\": 113.8560}", 204);

		// The dispatcher signs in; the board's page, snapshot and event stream ride on that session.
		SignIn.browser(driver, url(""), "dispatcher");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/command/board"));
		wait.ignoring(StaleElementReferenceException.class); // rows are redrawn on every snapshot
		wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "live"));
		wait.until(d -> d.findElement(By.id("board-map")).getDomAttribute("data-loads") != null);
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.boardTestMarker = 'still the same page';");
		long openBefore = Long.parseLong(driver.findElement(By.id("open-count")).getText());

		// Two urgent incidents: one at 85 % of its arrival standard, one past it.
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
		JsonNode probe = intake(now, 35.3021, 113.8526);
		int standard = probe.path("arrivalStandardSeconds").asInt();
		JsonNode amber = intake(now.minusSeconds(Math.round(standard * 0.85)), 35.3010, 113.8500);
		JsonNode red = intake(now.minusSeconds(standard * 2L), 35.3040, 113.8580);
		send("POST", "/api/v1/incidents/" + probe.path("id").asString() + "/merge",
				"{\"into\": \"" + amber.path("id").asString() + "\"}", 200);

		// The list is redrawn on every snapshot, so elements are read afresh each time (no stale references).
		wait.until(ExpectedConditions.presenceOfElementLocated(row(amber)));
		wait.until(ExpectedConditions.presenceOfElementLocated(row(red)));
		assertThat(text(css(amber))).contains(amber.path("number").asString());
		wait.until(ExpectedConditions.attributeToBe(row(amber), "data-timer-state", "warn"));
		wait.until(ExpectedConditions.attributeToBe(row(red), "data-timer-state", "bad"));
		assertThat(text(css(red) + " .elapsed")).matches("\\d{2}:\\d{2}");
		assertThat(driver.findElements(By.cssSelector("[data-incident-id='" + probe.path("id").asString() + "']")))
			.as("the merged duplicate left the board").isEmpty();
		wait.until(d -> Long.parseLong(text("#open-count")) >= openBefore + 2);

		// Dispatch: the row and the unit counts change, still without a reload.
		send("POST", "/api/v1/incidents/" + red.path("id").asString() + "/dispatch", "{\"unitId\": " + unit.id() + "}", 200);
		wait.until(ExpectedConditions.attributeToBe(row(red), "data-status", "DISPATCHED"));
		wait.until(d -> !"—".equals(text(css(red) + " .dispatched")));
		assertThat(Long.parseLong(text("#unit-count-DISPATCHED"))).isPositive();
		assertThat(js.executeScript("return window.boardTestMarker;")).as("no page reload").isEqualTo("still the same page");
		assertThat(driver.findElement(By.id("board-map")).getDomAttribute("data-grid-count")).isNotEqualTo("0");
		screenshot("board");

		// Leave nothing open behind.
		send("POST", "/api/v1/incidents/" + red.path("id").asString() + "/progress", "{\"status\": \"ON_SCENE\"}", 200);
		send("POST", "/api/v1/incidents/" + red.path("id").asString() + "/progress", "{\"status\": \"CLEARED\"}", 200);
		wait.until(ExpectedConditions.numberOfElementsToBe(row(red), 0));
		send("POST", "/api/v1/incidents/" + amber.path("id").asString() + "/dispatch", "{\"unitId\": " + unit.id() + "}", 200);
		send("POST", "/api/v1/incidents/" + amber.path("id").asString() + "/progress", "{\"status\": \"ON_SCENE\"}", 200);
		send("POST", "/api/v1/incidents/" + amber.path("id").asString() + "/progress", "{\"status\": \"CLEARED\"}", 200);
	}

	private static String css(JsonNode incident) {
		return "#incident-rows tr[data-incident-id='" + incident.path("id").asString() + "']";
	}

	private static By row(JsonNode incident) {
		return By.cssSelector(css(incident));
	}

	/** The text of the element the selector finds now (null when none). */
	private String text(String selector) {
		return (String) ((JavascriptExecutor) driver).executeScript(
				"var e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;", selector);
	}

	private JsonNode intake(OffsetDateTime reportedAt, double lat, double lng) throws Exception {
		String body = String.format(Locale.ROOT, """
				{"channel": "CALL_110", "category": "PUBLIC_ORDER", "subtype": "FIGHT", "priority": 1,
				 "reportedAt": "%s", "location": {"lat": %.6f, "lng": %.6f, "address": "看板浏览器测试"},
				 "summary": "看板浏览器测试 %s"}""", reportedAt, lat, lng, UUID.randomUUID());
		return send("POST", "/api/v1/incidents", body, 201);
	}

	private JsonNode send(String method, String path, String body, int expected) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(port, p -> SignIn.token(p, "dispatcher")))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return response.body().isEmpty() ? null : JSON.readTree(response.body());
	}
}
