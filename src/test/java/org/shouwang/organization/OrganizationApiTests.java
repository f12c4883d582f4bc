package org.shouwang.organization;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.security.SignIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation API over HTTP, as a script would call it, signed in as the demo admin with a bearer token. */
@ShouwangTest
class OrganizationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	private String token;

	@BeforeEach
	void signIn() {
		token = SignIn.token(port, "admin");
	}

	record Reply(int status, String contentType, JsonNode body, String location) {
	}

	private Reply send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode node = response.body().isEmpty() ? null : json.readTree(response.body());
		return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), node,
				response.headers().firstValue("Location").orElse(null));
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private static void assertProblem(Reply reply, int status) {
		assertThat(reply.status()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.body().get("status").asInt()).isEqualTo(status);
		assertThat(reply.body().get("type").asString()).isNotBlank();
		assertThat(reply.body().get("title").asString()).isNotBlank();
		assertThat(reply.body().get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("SQL");
	}

	@Test
	void orgUnitRoundTrip() throws Exception {
		String code = TestData.code("API");
		Reply created = send("POST", "/org-units",
				"{\"code\":\"" + code + "\",\"name\":\"接口测试派出所\",\"kind\":\"STATION\",\"parentCode\":\"WB\",\"sortOrder\":90}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).endsWith("/api/v1/org-units/" + code);
		assertThat(created.body().get("parentCode").asString()).isEqualTo("WB");
		assertThat(created.body().get("active").asBoolean()).isTrue();

		Reply one = send("GET", "/org-units/" + code, null);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.body().get("name").asString()).isEqualTo("接口测试派出所");

		Reply updated = send("PUT", "/org-units/" + code,
				"{\"name\":\"接口测试派出所（改）\",\"kind\":\"STATION\",\"parentCode\":\"WB\",\"sortOrder\":91}");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("name").asString()).isEqualTo("接口测试派出所（改）");

		Reply post = send("POST", "/org-units",
				"{\"code\":\"" + code + "-J1\",\"name\":\"接口测试警务室\",\"kind\":\"POLICE_POST\",\"parentCode\":\"" + code + "\"}");
		assertThat(post.status()).isEqualTo(201);

		Reply list = send("GET", "/org-units", null);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().isArray()).isTrue();
		JsonNode listed = null;
		for (JsonNode unit : list.body()) {
			if (unit.get("code").asString().equals(code + "-J1")) {
				listed = unit;
			}
		}
		assertThat(listed).isNotNull();
		assertThat(listed.get("parentCode").asString()).isEqualTo(code);

		Reply tree = send("GET", "/org-units?tree=true", null);
		assertThat(tree.body()).hasSize(1);
		JsonNode root = tree.body().get(0);
		assertThat(root.get("code").asString()).isEqualTo("WB");
		JsonNode mine = null;
		for (JsonNode child : root.get("children")) {
			if (child.get("code").asString().equals(code)) {
				mine = child;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("children").get(0).get("code").asString()).isEqualTo(code + "-J1");
		assertThat(mine.get("officers").asLong()).isZero();

		// In use: the post is still active.
		Reply refused = send("POST", "/org-units/" + code + "/deactivate", null);
		assertProblem(refused, 409);
		assertThat(send("POST", "/org-units/" + code + "-J1/deactivate", null).body().get("active").asBoolean()).isFalse();
		assertThat(send("POST", "/org-units/" + code + "/deactivate", null).body().get("active").asBoolean()).isFalse();
		assertThat(send("POST", "/org-units/" + code + "/reactivate", null).body().get("active").asBoolean()).isTrue();
	}

	@Test
	void orgUnitErrorsAreProblems() throws Exception {
		Reply duplicate = send("POST", "/org-units", "{\"code\":\"WB01\",\"name\":\"重复\",\"kind\":\"STATION\",\"parentCode\":\"WB\"}");
		assertProblem(duplicate, 409);
		assertThat(duplicate.body().get("detail").asString()).contains("WB01");

		Reply invalid = send("POST", "/org-units", "{\"code\":\"lower case\",\"name\":\"\",\"parentCode\":\"WB\"}");
		assertProblem(invalid, 400);
		assertThat(fields(invalid.body())).contains("code", "name", "kind");

		Reply cycle = send("PUT", "/org-units/WB-XZ", "{\"name\":\"刑侦大队\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"WB-XZ-BY\"}");
		assertProblem(cycle, 400);
		assertThat(fields(cycle.body())).containsExactly("parentCode");

		assertProblem(send("POST", "/org-units", "{\"code\":"), 400);
		assertProblem(send("POST", "/org-units", "{\"code\":\"X1\",\"name\":\"某单位\",\"kind\":\"SPACESHIP\",\"parentCode\":\"WB\"}"), 400);
		assertProblem(send("GET", "/org-units/NO-SUCH-UNIT", null), 404);
		assertProblem(send("GET", "/org-units?kind=SPACESHIP", null), 400);
	}

	@Test
	void officerRoundTripWithFiltersAndPaging() throws Exception {
		String badge = TestData.badge();
		Reply created = send("POST", "/officers", "{\"badgeNumber\":\"" + badge
				+ "\",\"name\":\"接口民警\",\"rank\":\"SERGEANT_2\",\"role\":\"COMMUNITY_OFFICER\",\"unitCode\":\"WB03\"}");
		assertThat(created.status()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		assertThat(created.location()).endsWith("/api/v1/officers/" + id);
		assertThat(created.body().get("unitName").asString()).isEqualTo("健康路派出所");
		assertThat(created.body().get("demo").asBoolean()).isFalse();

		Reply updated = send("PUT", "/officers/" + id, "{\"badgeNumber\":\"" + badge
				+ "\",\"name\":\"接口民警\",\"rank\":\"SERGEANT_1\",\"role\":\"COMMUNITY_OFFICER\",\"unitCode\":\"WB03-J1\",\"workPhone\":\"0373-2012345\"}");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("rank").asString()).isEqualTo("SERGEANT_1");
		assertThat(updated.body().get("workPhone").asString()).isEqualTo("0373-2012345");
		assertThat(send("GET", "/officers/" + id, null).body().get("unitCode").asString()).isEqualTo("WB03-J1");

		Reply found = send("GET", "/officers?q=" + badge, null);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body().propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
		assertThat(found.body().get("total").asLong()).isEqualTo(1);
		assertThat(found.body().get("items").get(0).get("id").asLong()).isEqualTo(id);

		Reply station = send("GET", "/officers?unitCode=WB03&role=COMMUNITY_OFFICER&active=true&page=0&size=200", null);
		List<Long> ids = new ArrayList<>();
		station.body().get("items").forEach(o -> ids.add(o.get("id").asLong()));
		assertThat(ids).contains(id);
		station.body().get("items").forEach(o -> assertThat(o.get("role").asString()).isEqualTo("COMMUNITY_OFFICER"));

		Reply page = send("GET", "/officers?page=1&size=5", null);
		assertThat(page.body().get("page").asInt()).isEqualTo(1);
		assertThat(page.body().get("size").asInt()).isEqualTo(5);
		assertThat(page.body().get("items")).hasSize(5);
		assertThat(page.body().get("total").asLong()).isGreaterThan(300);

		assertThat(send("POST", "/officers/" + id + "/deactivate", null).body().get("active").asBoolean()).isFalse();
		assertThat(send("GET", "/officers?q=" + badge + "&active=true", null).body().get("total").asLong()).isZero();
		assertThat(send("POST", "/officers/" + id + "/reactivate", null).body().get("active").asBoolean()).isTrue();
	}

	@Test
	void officerErrorsAreProblems() throws Exception {
		String existing = send("GET", "/officers?size=1", null).body().get("items").get(0).get("badgeNumber").asString();
		Reply duplicate = send("POST", "/officers", "{\"badgeNumber\":\"" + existing
				+ "\",\"name\":\"重号民警\",\"rank\":\"SERGEANT_2\",\"role\":\"PATROL_OFFICER\",\"unitCode\":\"WB03\"}");
		assertProblem(duplicate, 409);

		Reply invalid = send("POST", "/officers",
				"{\"badgeNumber\":\"12AB\",\"name\":\"X\",\"rank\":\"AUXILIARY\",\"role\":\"PATROL_OFFICER\",\"unitCode\":\"NOPE\"}");
		assertProblem(invalid, 400);
		assertThat(fields(invalid.body())).containsExactlyInAnyOrder("badgeNumber", "name", "unitCode");

		assertProblem(send("GET", "/officers?role=CAPTAIN", null), 400);
		assertProblem(send("GET", "/officers?size=1000", null), 400);
		assertProblem(send("GET", "/officers/abc", null), 400);
		assertProblem(send("GET", "/officers/999999999", null), 404);
		assertProblem(send("POST", "/officers", "[1,2]"), 400);
	}

	@Test
	void dutyUnitRoundTripAndErrors() throws Exception {
		String callSign = TestData.code("WB02-T");
		Reply created = send("POST", "/duty-units", "{\"callSign\":\"" + callSign
				+ "\",\"kind\":\"PATROL_CAR\",\"stationCode\":\"WB02\",\"capabilities\":[\"MEDICAL_FIRST_AID\",\"WATER_RESCUE\"]}");
		assertThat(created.status()).isEqualTo(201);
		long id = created.body().get("id").asLong();
		assertThat(created.body().get("ownerCode").asString()).isEqualTo("WB02");
		assertThat(created.body().get("capabilities")).hasSize(2);

		Reply updated = send("PUT", "/duty-units/" + id, "{\"callSign\":\"" + callSign
				+ "\",\"kind\":\"SPECIAL_RESPONSE\",\"stationCode\":\"WB02\",\"ownerCode\":\"WB-XT\",\"capabilities\":[\"NEGOTIATION\"]}");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("kind").asString()).isEqualTo("SPECIAL_RESPONSE");
		assertThat(updated.body().get("ownerName").asString()).isEqualTo("巡特警大队");
		assertThat(updated.body().get("capabilities").get(0).asString()).isEqualTo("NEGOTIATION");

		Reply filtered = send("GET", "/duty-units?stationCode=WB02&kind=SPECIAL_RESPONSE&active=true&size=200", null);
		assertThat(filtered.body().propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
		List<String> callSigns = new ArrayList<>();
		filtered.body().get("items").forEach(d -> {
			callSigns.add(d.get("callSign").asString());
			assertThat(d.get("stationCode").asString()).isEqualTo("WB02");
		});
		assertThat(callSigns).contains(callSign);

		assertProblem(send("POST", "/duty-units", "{\"callSign\":\"" + callSign
				+ "\",\"kind\":\"FOOT_PATROL\",\"stationCode\":\"WB02\"}"), 409);
		Reply notStation = send("POST", "/duty-units", "{\"callSign\":\"" + TestData.code("Z")
				+ "\",\"kind\":\"FOOT_PATROL\",\"stationCode\":\"WB-XZ\"}");
		assertProblem(notStation, 400);
		assertThat(fields(notStation.body())).containsExactly("stationCode");
		assertProblem(send("POST", "/duty-units", "{\"callSign\":\"X Y\",\"kind\":\"FOOT_PATROL\",\"stationCode\":\"WB02\",\"capabilities\":[\"FLYING\"]}"), 400);

		assertThat(send("POST", "/duty-units/" + id + "/deactivate", null).body().get("active").asBoolean()).isFalse();
		assertThat(send("GET", "/duty-units/" + id, null).body().get("active").asBoolean()).isFalse();
		assertThat(send("POST", "/duty-units/" + id + "/reactivate", null).body().get("active").asBoolean()).isTrue();
	}
}
