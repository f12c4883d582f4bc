package org.shouwang.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.security.Role;
import org.shouwang.security.SignIn;
import org.shouwang.security.TestUsers;
import org.shouwang.security.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data scope in the command centre: {@code nanqiao} (OFFICER of 南桥派出所, scope WB01) sees WB01's incidents and
 * units only, and another station's incident or unit is not found (404, nothing of it in the body, nothing changed);
 * a WB01 user with camera rights sees WB01's cameras only; the branch-wide dispatcher sees everything. The intake
 * test creates its own incident (a unique summary), as every intake test does.
 */
@ShouwangTest
class CommandScopeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void stationOfficerListsOnlyTheirStationsIncidentsAndDispatcherListsAll() throws Exception {
		String nanqiao = SignIn.token(port, "nanqiao");
		String dispatcher = SignIn.token(port, "dispatcher");
		JsonNode own = json(get(nanqiao, "/api/v1/incidents?size=200"), 200);
		assertThat(own.get("total").asLong()).isPositive();
		own.get("items").forEach(i -> assertThat(i.get("stationCode").asString()).isEqualTo("WB01"));
		assertThat(json(get(nanqiao, "/api/v1/incidents?stationCode=WB02"), 200).get("total").asLong()).isZero();

		JsonNode all = json(get(dispatcher, "/api/v1/incidents?size=1"), 200);
		JsonNode wb02 = json(get(dispatcher, "/api/v1/incidents?stationCode=WB02&size=1"), 200);
		assertThat(wb02.get("total").asLong()).isPositive();
		assertThat(all.get("total").asLong()).isGreaterThan(own.get("total").asLong());
	}

	@Test
	void anotherStationsIncidentIsNotFoundAndStaysUnchanged() throws Exception {
		String nanqiao = SignIn.token(port, "nanqiao");
		String dispatcher = SignIn.token(port, "dispatcher");
		JsonNode item = json(get(dispatcher, "/api/v1/incidents?stationCode=WB02&size=1"), 200).get("items").get(0);
		String id = item.get("id").asString();
		String number = item.get("number").asString();
		String before = get(dispatcher, "/api/v1/incidents/" + id).body();
		JsonNode ownItem = json(get(nanqiao, "/api/v1/incidents?size=1"), 200).get("items").get(0);

		assertNotFound(get(nanqiao, "/api/v1/incidents/" + id), number);
		assertNotFound(send(nanqiao, "POST", "/api/v1/incidents/" + id + "/reclassify",
				"{\"category\":\"OTHER\",\"reason\":\"scope test\"}"), number);
		assertNotFound(send(nanqiao, "POST", "/api/v1/incidents/" + id + "/merge",
				"{\"into\":\"" + ownItem.get("id").asString() + "\"}"), number);
		assertNotFound(send(nanqiao, "POST", "/api/v1/incidents/" + id + "/dismiss-duplicate", null), number);
		// merging one's own incident into another station's one is refused the same way
		assertNotFound(send(nanqiao, "POST", "/api/v1/incidents/" + ownItem.get("id").asString() + "/merge",
				"{\"into\":\"" + id + "\"}"), number);
		assertThat(get(dispatcher, "/api/v1/incidents/" + id).body()).as("nothing changed").isEqualTo(before);

		HttpResponse<String> page = SignIn.browser(port, "nanqiao").get("/command/incidents/" + id);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).doesNotContain(number);
		assertThat(json(get(nanqiao, "/api/v1/incidents/" + ownItem.get("id").asString()), 200)
			.get("stationCode").asString()).isEqualTo("WB01");
		assertThat(get(dispatcher, "/api/v1/incidents/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void stationOfficerSeesOnlyTheirStationsUnits() throws Exception {
		String nanqiao = SignIn.token(port, "nanqiao");
		String dispatcher = SignIn.token(port, "dispatcher");
		JsonNode own = json(get(nanqiao, "/api/v1/units"), 200);
		assertThat(own.size()).isPositive();
		own.forEach(u -> assertThat(u.get("stationCode").asString()).isEqualTo("WB01"));
		assertThat(json(get(nanqiao, "/api/v1/units?stationCode=WB02"), 200).size()).isZero();

		JsonNode wb02 = json(get(dispatcher, "/api/v1/units?stationCode=WB02"), 200);
		assertThat(wb02.size()).isPositive();
		JsonNode unit = wb02.get(0);
		assertNotFound(get(nanqiao, "/api/v1/units/" + unit.get("id").asLong()), unit.get("callSign").asString());
		assertThat(get(nanqiao, "/api/v1/units/" + own.get(0).get("id").asLong()).statusCode()).isEqualTo(200);
		assertThat(json(get(dispatcher, "/api/v1/units"), 200).size()).isGreaterThan(own.size());
	}

	@Test
	void stationUserSeesOnlyTheirStationsCameras() throws Exception {
		String wb01 = SignIn.token(port, TestUsers.create(users, "cs-wb01", "WB01", Role.INVESTIGATOR),
				TestUsers.PASSWORD);
		String dispatcher = SignIn.token(port, "dispatcher");
		JsonNode own = json(get(wb01, "/api/v1/cameras?size=200"), 200);
		assertThat(own.get("total").asLong()).isPositive();
		own.get("items").forEach(c -> assertThat(c.get("stationCode").asString()).isEqualTo("WB01"));
		assertThat(json(get(wb01, "/api/v1/cameras?stationCode=WB02"), 200).get("total").asLong()).isZero();

		JsonNode other = json(get(dispatcher, "/api/v1/cameras?stationCode=WB02&size=1"), 200).get("items").get(0);
		assertNotFound(get(wb01, "/api/v1/cameras/" + other.get("code").asString()), other.get("name").asString());
		assertThat(get(wb01, "/api/v1/cameras/" + own.get("items").get(0).get("code").asString()).statusCode())
			.isEqualTo(200);
		assertThat(json(get(dispatcher, "/api/v1/cameras?size=1"), 200).get("total").asLong())
			.isGreaterThan(own.get("total").asLong());
	}

	@Test
	void stationOfficerMayTakeACallFromAnotherStationButSeesOnlyAReceipt() throws Exception {
		String nanqiao = SignIn.token(port, "nanqiao");
		String dispatcher = SignIn.token(port, "dispatcher");
		JsonNode wb02 = json(get(dispatcher, "/api/v1/incidents?stationCode=WB02&size=1"), 200).get("items").get(0);
		JsonNode at = wb02.get("location");
		String summary = "scope-test " + UUID.randomUUID();
		String body = "{\"channel\":\"WALK_IN\",\"category\":\"HELP\",\"subtype\":\"OTHER_HELP\",\"priority\":4,\"location\":{\"lat\":"
				+ at.get("lat").asDouble() + ",\"lng\":" + at.get("lng").asDouble() + "},\"summary\":\"" + summary + "\"}";
		HttpResponse<String> created = http.send(request(nanqiao, "POST", "/api/v1/incidents", body)
			.header("Idempotency-Key", UUID.randomUUID().toString()).build(), HttpResponse.BodyHandlers.ofString());
		JsonNode receipt = json(created, 201);
		assertThat(created.body()).doesNotContain(summary).doesNotContain("WB02");
		String id = receipt.get("id").asString();
		assertNotFound(get(nanqiao, "/api/v1/incidents/" + id), summary);
		JsonNode seen = json(get(dispatcher, "/api/v1/incidents/" + id), 200);
		assertThat(seen.get("stationCode").asString()).isEqualTo("WB02");
		assertThat(seen.get("summary").asString()).isEqualTo(summary);
	}

	private void assertNotFound(HttpResponse<String> response, String secret) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
		assertThat(response.body().replaceAll("\"instance\"\\s*:\\s*\"[^\"]*\"", ""))
			.doesNotContain(secret).doesNotContain("WB02");
	}

	private HttpResponse<String> get(String token, String path) throws Exception {
		return http.send(request(token, "GET", path, null).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String token, String method, String path, String body) throws Exception {
		return http.send(request(token, method, path, body == null ? "{}" : body).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String token, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return request;
	}

	private static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}
}
