package org.shouwang.command;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.shouwang.command.CommandClient.json;

/** Per-station timer statistics: medians, 90th percentiles and the share within the arrival standard. */
@ShouwangTest
class StationIntervalsTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationAdministration organization;

	@Test
	void mediansPercentilesAndShareWithinStandard() throws Exception {
		CommandClient api = new CommandClient(port);
		TestUnits units = new TestUnits(organization);
		try {
			// Three incidents outside the district (suburban standard, 10 min) in May 2023, a month no other test uses.
			int[][] seconds = { { 60, 300 }, { 120, 600 }, { 180, 900 } };
			for (int[] s : seconds) {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				ObjectNode body = CommandClient.incident("OTHER", "CONSULTATION");
				((ObjectNode) body.get("location")).put("lat", -60 + random.nextDouble(10)).put("lng", 150 + random.nextDouble(10));
				body.put("reportedAt", "2023-05-10T10:00:00+08:00");
				JsonNode incident = api.create(body);
				DutyUnit unit = units.create(DutyUnitKind.PATROL_CAR, "WB05");
				OffsetDateTime reported = OffsetDateTime.parse("2023-05-10T10:00:00+08:00");
				String id = incident.get("id").asString();
				assertThat(api.post("/api/v1/incidents/" + id + "/dispatch", "{\"unitId\": " + unit.id() + ", \"at\": \""
						+ reported.plusSeconds(s[0]) + "\"}").statusCode()).isEqualTo(200);
				assertThat(api.post("/api/v1/incidents/" + id + "/progress", "{\"status\": \"ON_SCENE\", \"at\": \""
						+ reported.plusSeconds(s[0] + s[1]) + "\"}").statusCode()).isEqualTo(200);
				if (s[0] == 60) {
					assertThat(api.post("/api/v1/incidents/" + id + "/progress", "{\"status\": \"CLEARED\", \"at\": \""
							+ reported.plusSeconds(s[0] + s[1] + 1000) + "\"}").statusCode()).isEqualTo(200);
				}
			}
			HttpResponse<String> response = api.get("/api/v1/incidents/statistics?from=2023-05-01&to=2023-05-31");
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode outside = json(response).valueStream().filter(s -> s.get("stationCode").isNull()).findFirst().orElseThrow();
			assertThat(outside.get("incidents").asLong()).isEqualTo(3);
			assertThat(outside.get("arrived").asLong()).isEqualTo(3);
			assertThat(outside.get("withinStandard").asLong()).isEqualTo(1); // 6 min within, 12 and 18 min late
			assertThat(outside.get("shareWithinStandard").asDouble()).isCloseTo(0.333, within(0.001));
			assertThat(outside.get("receivedToDispatched").get("median").asDouble()).isEqualTo(120);
			assertThat(outside.get("receivedToDispatched").get("p90").asDouble()).isCloseTo(168, within(0.01));
			assertThat(outside.get("dispatchedToOnScene").get("median").asDouble()).isEqualTo(600);
			assertThat(outside.get("receivedToOnScene").get("median").asDouble()).isEqualTo(720);
			assertThat(outside.get("onScene").get("median").asDouble()).isEqualTo(1000);
		}
		finally {
			units.standDown();
		}
	}

	@Test
	void thePeriodIsRequired() throws Exception {
		CommandClient api = new CommandClient(port);
		assertThat(api.get("/api/v1/incidents/statistics").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/incidents/statistics?from=2025-02-01&to=2025-01-01").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/v1/incidents/statistics?from=2025-02-01&to=soon").statusCode()).isEqualTo(400);
	}
}
