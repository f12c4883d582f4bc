package org.shouwang.command.board;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitInput;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Interval statistics on a known set: incidents of June 2019 (no other test or demo data lies there) taken
 * through intake, dispatch, on scene and clearing with given times; a merged duplicate is left out.
 */
@ShouwangTest
class IncidentStatsTests {

	/** Reception → dispatch and dispatch → on scene of the five dispatched incidents, in seconds. */
	static final long[] RECEIVED_TO_DISPATCHED = { 600, 30, 120, 60, 90 };

	static final long[] DISPATCHED_TO_ON_SCENE = { 100, 200, 500, 400, 150 };

	@LocalServerPort
	int port;

	@Autowired
	OrganizationAdministration organization;

	@Test
	void perStationMedianNinetiethPercentileAndShareWithinStandard() throws Exception {
		BoardTestClient api = new BoardTestClient(port);
		DutyUnit unit = organization.createDutyUnit(new DutyUnitInput(
				"ST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT), DutyUnitKind.PATROL_CAR,
				"WB01", null, Set.of()));
		String station = null;
		int standard = 0;
		int within = 0;
		try {
			for (int i = 0; i < RECEIVED_TO_DISPATCHED.length; i++) {
				OffsetDateTime reported = OffsetDateTime.parse("2019-06-0" + (i + 1) + "T10:00:00+08:00");
				JsonNode incident = api.createIncident(body(reported));
				String id = incident.path("id").asString();
				station = incident.path("stationCode").asString();
				standard = incident.path("arrivalStandardSeconds").asInt();
				OffsetDateTime dispatched = reported.plusSeconds(RECEIVED_TO_DISPATCHED[i]);
				OffsetDateTime onScene = dispatched.plusSeconds(DISPATCHED_TO_ON_SCENE[i]);
				api.post("/api/v1/incidents/" + id + "/dispatch",
						"{\"unitId\": " + unit.id() + ", \"at\": \"" + dispatched + "\"}", 200);
				api.post("/api/v1/incidents/" + id + "/progress", "{\"status\": \"ON_SCENE\", \"at\": \"" + onScene + "\"}", 200);
				api.post("/api/v1/incidents/" + id + "/progress",
						"{\"status\": \"CLEARED\", \"at\": \"" + onScene.plusMinutes(20) + "\"}", 200);
				if (RECEIVED_TO_DISPATCHED[i] + DISPATCHED_TO_ON_SCENE[i] <= standard) {
					within++;
				}
			}
			// A sixth incident never dispatched, and a duplicate merged into it (left out).
			JsonNode open = api.createIncident(body(OffsetDateTime.parse("2019-06-20T10:00:00+08:00")));
			JsonNode duplicate = api.createIncident(body(OffsetDateTime.parse("2019-06-21T10:00:00+08:00")));
			api.post("/api/v1/incidents/" + duplicate.path("id").asString() + "/merge",
					"{\"into\": \"" + open.path("id").asString() + "\"}", 200);
		}
		finally {
			// The organisation's tests count the district's units: leave none of ours active.
			organization.deactivateDutyUnit(unit.id());
		}
		assertThat(station).isNotBlank();
		assertThat(within).as("the set has arrivals on both sides of the standard").isBetween(1, 4);

		JsonNode stats = BoardTestClient.JSON.readTree(
				api.get("/api/v1/incidents/stats?from=2019-06-01&to=2019-06-30&stationCode=" + station).body());
		assertThat(stats.path("stations")).hasSize(1);
		JsonNode row = stats.path("stations").get(0);
		assertThat(row.path("stationCode").asString()).isEqualTo(station);
		assertThat(row.path("stationName").asString()).endsWith("派出所");
		assertThat(row.path("incidents").asLong()).isEqualTo(6);
		assertThat(row.path("dispatched").asLong()).isEqualTo(5);
		assertThat(row.path("arrived").asLong()).isEqualTo(5);
		assertThat(row.path("receivedToDispatchedMedianSeconds").asDouble()).isEqualTo(percentile(RECEIVED_TO_DISPATCHED, 0.5));
		assertThat(row.path("receivedToDispatchedMedianSeconds").asDouble()).isEqualTo(90.0);
		assertThat(row.path("receivedToDispatchedP90Seconds").asDouble()).isCloseTo(percentile(RECEIVED_TO_DISPATCHED, 0.9), within(1e-9));
		assertThat(row.path("receivedToDispatchedP90Seconds").asDouble()).isCloseTo(408.0, within(1e-9));
		assertThat(row.path("dispatchedToOnSceneMedianSeconds").asDouble()).isEqualTo(200.0);
		assertThat(row.path("dispatchedToOnSceneP90Seconds").asDouble()).isCloseTo(460.0, within(1e-9));
		assertThat(row.path("arrivalsJudged").asLong()).isEqualTo(5);
		assertThat(row.path("arrivalsWithinStandard").asLong()).isEqualTo(within);
		assertThat(row.path("withinStandardShare").asDouble()).isCloseTo(within / 5.0, within(1e-9));
		assertThat(stats.path("total").path("incidents").asLong()).isEqualTo(6);

		// All stations: the same figures for this station; no other station has incidents in June 2019.
		JsonNode all = BoardTestClient.JSON.readTree(api.get("/api/v1/incidents/stats?from=2019-06-01&to=2019-06-30").body());
		assertThat(all.path("stations")).hasSize(1);
		assertThat(all.path("stations").get(0)).isEqualTo(row);
		assertThat(all.path("total").path("receivedToDispatchedP90Seconds").asDouble()).isCloseTo(408.0, within(1e-9));

		// Another period: nothing.
		JsonNode none = BoardTestClient.JSON.readTree(api.get("/api/v1/incidents/stats?from=2019-07-01&to=2019-07-31").body());
		assertThat(none.path("stations")).isEmpty();
		assertThat(none.path("total").path("incidents").asLong()).isZero();
		assertThat(none.path("total").path("withinStandardShare").isNull()).isTrue();

		// The page shows the same figures.
		String page = api.get("/command/stats?from=2019-06-01&to=2019-06-30&stationCode=" + station).body();
		assertThat(page).contains("id=\"stats-table\"", row.path("stationName").asString(), "90 秒", "408 秒", "460 秒");
	}

	@Test
	void badPeriodsAreRefused() throws Exception {
		BoardTestClient api = new BoardTestClient(port);
		assertThat(api.get("/api/v1/incidents/stats?from=yesterday").statusCode()).isEqualTo(400);
		var reversed = api.get("/api/v1/incidents/stats?from=2025-07-03&to=2025-07-01");
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.body()).contains("\"to\"");
		assertThat(api.get("/command/stats?from=nonsense").body()).contains("alert bad");
	}

	/** PostgreSQL's percentile_cont: linear interpolation between the sorted values. */
	static double percentile(long[] values, double fraction) {
		List<Long> sorted = new ArrayList<>();
		for (long v : values) {
			sorted.add(v);
		}
		sorted.sort(null);
		double position = fraction * (sorted.size() - 1);
		int lower = (int) Math.floor(position);
		int upper = (int) Math.ceil(position);
		return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
	}

	private static String body(OffsetDateTime reported) {
		return """
				{"channel": "CALL_110", "category": "PUBLIC_ORDER", "subtype": "NOISE", "reportedAt": "%s",
				 "location": {"lat": 35.3021, "lng": 113.8526, "address": "平原路 88 号"}, "summary": "统计测试"}"""
			.formatted(reported);
	}
}
