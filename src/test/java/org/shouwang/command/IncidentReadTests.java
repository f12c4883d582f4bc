package org.shouwang.command;

import org.shouwang.security.SignedInUser;
import org.shouwang.security.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.command.CommandClient.incident;
import static org.shouwang.command.CommandClient.json;

/** Reading incidents: one with its timeline, lists with filters and paging, masking and its audit. */
@ShouwangTest
class IncidentReadTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Incidents incidents;

	CommandClient api;

	@BeforeEach
	void client() {
		api = new CommandClient(port);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void oneIncidentWithTimelineAndAssignments() throws Exception {
		JsonNode created = api.create(incident("HELP", "MISSING_ELDERLY"));
		HttpResponse<String> response = api.get("/api/v1/incidents/" + created.get("id").asString());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode incident = json(response);
		assertThat(incident.get("number").asString()).isEqualTo(created.get("number").asString());
		assertThat(incident.get("subtypeName").asString()).isEqualTo("走失老人");
		assertThat(incident.get("assignments")).isEmpty();
		JsonNode received = incident.get("timeline").get(0);
		assertThat(received.get("event").asString()).isEqualTo("RECEIVED");
		assertThat(received.get("status").asString()).isEqualTo("NEW");
		assertThat(received.get("at").asString()).isEqualTo(created.get("reportedAt").asString());
		assertThat(received.get("actor").asString()).isEqualTo("dispatcher");
	}

	@Test
	void unknownIncidentIs404AndABadIdIs400() throws Exception {
		HttpResponse<String> missing = api.get("/api/v1/incidents/" + UUID.randomUUID());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(api.get("/api/v1/incidents/not-an-id").statusCode()).isEqualTo(400);
	}

	@Test
	void listsFilterAndPage() throws Exception {
		ObjectNode fire = incident("FIRE", "VEHICLE_FIRE");
		fire.put("reportedAt", "2025-02-03T03:15:00+08:00");
		JsonNode a = api.create(fire);
		fire.put("reportedAt", "2025-02-03T23:50:00+08:00");
		fire.put("callerPhone", "13911110000");
		JsonNode b = api.create(fire);
		fire.put("reportedAt", "2025-02-04T00:10:00+08:00");
		fire.put("callerPhone", "13911110001");
		api.create(fire);

		HttpResponse<String> response = api.get("/api/v1/incidents?category=FIRE&from=2025-02-03&to=2025-02-03&size=1");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = json(response);
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(1);
		assertThat(page.get("items")).hasSize(1);
		JsonNode all = json(api.get("/api/v1/incidents?category=FIRE&from=2025-02-03T00:00:00%2B08:00&to=2025-02-04T00:00:00%2B08:00&size=200"));
		List<String> ids = all.get("items").valueStream().map(i -> i.get("id").asString()).toList();
		assertThat(ids).contains(a.get("id").asString(), b.get("id").asString());
		assertThat(all.get("items").valueStream().map(i -> i.get("reportedAt").asString()))
			.allSatisfy(t -> assertThat(t).startsWith("2025-02-03"));
		assertThat(all.get("items").get(0).get("callerPhone").asString()).contains("****");

		String station = a.get("stationCode").asString();
		JsonNode byStation = json(api.get("/api/v1/incidents?status=NEW&stationCode=" + station + "&size=200"));
		assertThat(byStation.get("items").valueStream()).allSatisfy(i -> {
			assertThat(i.get("stationCode").asString()).isEqualTo(station);
			assertThat(i.get("status").asString()).isEqualTo("NEW");
		});
		// The demo district's history has cleared fires that day too: the filter keeps them and drops ours.
		JsonNode cleared = json(api.get("/api/v1/incidents?status=CLEARED&category=FIRE&from=2025-02-03&to=2025-02-03&size=200"));
		assertThat(cleared.get("items").valueStream()).allSatisfy(i -> assertThat(i.get("status").asString()).isEqualTo("CLEARED"))
			.noneSatisfy(i -> assertThat(i.get("id").asString()).isIn(a.get("id").asString(), b.get("id").asString()));
	}

	@Test
	void badListParametersAre400() throws Exception {
		for (String query : List.of("status=LOST", "category=SPACE", "size=0", "size=201", "page=-1", "from=yesterday",
				"from=2025-03-01&to=2025-02-01", "page=x")) {
			HttpResponse<String> response = api.get("/api/v1/incidents?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(json(response).get("errors")).as(query).isNotEmpty();
		}
	}

	@Test
	void thePhoneIsShownToHoldersOfPiiUnmaskAndTheReadIsAudited() throws Exception {
		ObjectNode body = incident("DISPUTE", "CONSUMER");
		body.put("callerPhone", "138-0013-8000");
		JsonNode created = api.create(body);
		UUID id = UUID.fromString(created.get("id").asString());
		assertThat(created.get("callerPhone").asString()).isEqualTo("13800138000");

		SignedInUser commander = new SignedInUser("dispatcher", "x", java.util.Set.of(Role.COMMANDER), "WB", null,
				SignedInUser.PendingStep.NONE);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				commander, "n/a", commander.authorities()));
		IncidentDetail unmasked = incidents.get(id);
		assertThat(unmasked.callerPhone()).isEqualTo("13800138000");
		assertThat(unmasked.callerPhoneMasked()).isFalse();

		SignedInUser analyst = new SignedInUser("analyst", "x", java.util.Set.of(Role.ANALYST), "WB", null,
				SignedInUser.PendingStep.NONE);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				analyst, "n/a", analyst.authorities()));
		assertThat(incidents.get(id).callerPhone()).isEqualTo("138****8000");

		List<String> reads = jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'READ_UNMASKED' AND object_id = ?")
			.param(id.toString())
			.query(String.class)
			.list();
		assertThat(reads).containsExactly("dispatcher");
	}

	@Test
	void intakeIsAuditedWithThePhoneMasked() throws Exception {
		JsonNode created = api.create(incident("REPORT", "DRUGS"));
		List<String> entries = jdbc.sql("SELECT action || ' ' || changes FROM audit_entry WHERE object_type = 'Incident' AND object_id = ?")
			.param(created.get("id").asString())
			.query(String.class)
			.list();
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0)).startsWith("CREATE").contains("DRUGS").contains("139****");
		String phone = jdbc.sql("SELECT caller_phone FROM incident WHERE id = ?::uuid").param(created.get("id").asString())
			.query(String.class).single();
		assertThat(entries.get(0)).doesNotContain(phone);
	}
}
