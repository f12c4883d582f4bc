package org.shouwang.command;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.command.CommandClient.EXAMPLE;
import static org.shouwang.command.CommandClient.incident;
import static org.shouwang.command.CommandClient.json;

/** {@code POST /api/v1/incidents} exactly as API.md writes it: body, Idempotency-Key, errors. */
@ShouwangTest
class IncidentIntakeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	CommandClient api;

	@BeforeEach
	void client() {
		api = new CommandClient(port);
	}

	long incidents() {
		return jdbc.sql("SELECT count(*) FROM incident").query(Long.class).single();
	}

	@Test
	void theExampleBodyCreatesAnIncident() throws Exception {
		HttpResponse<String> response = api.intake(UUID.randomUUID().toString(), EXAMPLE);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
		JsonNode incident = json(response);
		assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/incidents/" + incident.get("id").asString());
		assertThat(incident.get("number").asString()).matches("JQ20250714\\d{6}");
		assertThat(incident.get("status").asString()).isEqualTo("NEW");
		assertThat(incident.get("channel").asString()).isEqualTo("CALL_110");
		assertThat(incident.get("category").asString()).isEqualTo("CRIMINAL");
		assertThat(incident.get("subtype").asString()).isEqualTo("THEFT");
		assertThat(incident.get("subtypeName").asString()).isEqualTo("盗窃");
		assertThat(incident.get("priority").asInt()).isEqualTo(2);
		assertThat(incident.get("reportedAt").asString()).isEqualTo("2025-07-14T08:30:00+08:00");
		assertThat(incident.get("location").get("lat").asDouble()).isEqualTo(35.3021);
		assertThat(incident.get("location").get("lng").asDouble()).isEqualTo(113.8526);
		assertThat(incident.get("location").get("address").asString()).isEqualTo("平原路 88 号");
		assertThat(incident.get("gridCode").isNull()).isFalse();
		assertThat(incident.get("stationCode").asString()).startsWith("WB");
		assertThat(incident.get("gridType").asString()).isIn("URBAN", "SUBURBAN");
		assertThat(incident.get("outsideDistrict").asBoolean()).isFalse();
		// The dispatcher holds pii:unmask and sees the number just taken.
		assertThat(incident.get("callerPhone").asString()).isEqualTo("13800000000");
		assertThat(incident.get("callerPhoneMasked").asBoolean()).isFalse();
		assertThat(incident.get("summary").asString()).isEqualTo("地下室白酒被盗");
		assertThat(incident.get("backEntry").asBoolean()).isFalse();
		assertThat(incident.get("timeline")).hasSize(1);
		assertThat(incident.get("assignments")).isEmpty();
		assertThat(incident.get("arrivalStandardSeconds").asInt()).isIn(300, 600);
		// The raw phone is stored, only the answer masks it.
		assertThat(jdbc.sql("SELECT caller_phone FROM incident WHERE id = ?::uuid")
			.param(incident.get("id").asString()).query(String.class).single()).isEqualTo("13800000000");
	}

	@Test
	void theAnswerIsTheIncidentAsReadBack() throws Exception {
		// The 201 is rendered from what was written, not read back: it must equal a later read, field for field.
		for (String body : List.of(EXAMPLE, CommandClient.incident("HELP", "MISSING_CHILD").put("backEntry", true)
			.put("reportedAt", "2025-03-02T21:15:30.123456+08:00").toString())) {
			JsonNode created = json(api.intake(UUID.randomUUID().toString(), body));
			assertThat(json(api.get("/api/v1/incidents/" + created.get("id").asString()))).isEqualTo(created);
		}
	}

	@Test
	void numbersAreUniqueAndCountWithinTheDay() throws Exception {
		ObjectNode body = incident("OTHER", "CONSULTATION");
		body.put("reportedAt", "2025-03-02T10:00:00+08:00");
		JsonNode first = api.create(body);
		body.put("summary", "another");
		body.put("callerPhone", "13700000001");
		JsonNode second = api.create(body);
		String a = first.get("number").asString();
		String b = second.get("number").asString();
		assertThat(a).matches("JQ20250302\\d{6}");
		assertThat(Integer.parseInt(b.substring(10))).isEqualTo(Integer.parseInt(a.substring(10)) + 1);
	}

	@Test
	void theNumberFollowsTheDayInChina() throws Exception {
		ObjectNode body = incident("OTHER", "CONSULTATION");
		body.put("reportedAt", "2025-05-31T17:30:00Z"); // 2025-06-01 01:30 in Xinxiang
		assertThat(api.create(body).get("number").asString()).startsWith("JQ20250601");
	}

	@Test
	void missingIdempotencyKeyIs400AndCreatesNothing() throws Exception {
		long before = incidents();
		HttpResponse<String> response = api.intake(null, EXAMPLE);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("type").asString()).isNotBlank();
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
		assertThat(api.intake("   ", EXAMPLE).statusCode()).isEqualTo(400);
		assertThat(incidents()).isEqualTo(before);
	}

	@Test
	void sameKeyAndBodyGivesTheOriginalResponseAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = incident("HELP", "LOST_PROPERTY").toString();
		HttpResponse<String> first = api.intake(key, body);
		long after = incidents();
		HttpResponse<String> again = api.intake(key, body);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(incidents()).isEqualTo(after);
	}

	@Test
	void theReplayIsTheOriginalEvenAfterTheIncidentChanged() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = incident("DISPUTE", "NEIGHBOUR").toString();
		HttpResponse<String> first = api.intake(key, body);
		String id = json(first).get("id").asString();
		assertThat(api.post("/api/v1/incidents/" + id + "/reclassify",
				"{\"category\": \"DISPUTE\", \"subtype\": \"FAMILY\", \"reason\": \"家庭成员之间\"}").statusCode()).isEqualTo(200);

		HttpResponse<String> again = api.intake(key, body);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
	}

	@Test
	void sameKeyWithAnotherBodyIs422() throws Exception {
		String key = UUID.randomUUID().toString();
		ObjectNode body = incident("HELP", "LOST_PROPERTY");
		assertThat(api.intake(key, body.toString()).statusCode()).isEqualTo(201);
		long after = incidents();
		body.put("summary", "changed");
		HttpResponse<String> response = api.intake(key, body.toString());
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("status").asInt()).isEqualTo(422);
		assertThat(incidents()).isEqualTo(after);
	}

	@Test
	void twentyParallelPostsWithOneKeyCreateOneIncident() throws Exception {
		String key = UUID.randomUUID().toString();
		ObjectNode body = incident("PUBLIC_ORDER", "NOISE");
		String summary = body.get("summary").asString();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				Callable<HttpResponse<String>> post = () -> {
					start.await();
					return api.intake(key, body.toString());
				};
				results.add(pool.submit(post));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> result : results) {
				responses.add(result.get());
			}
			assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
			assertThat(responses.stream().map(HttpResponse::body).distinct()).hasSize(1);
			assertThat(responses.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").orElse("").equals("false")))
				.hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE summary = ?").param(summary).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aPointOutsideEveryGridIsAcceptedAndFlagged() throws Exception {
		ObjectNode body = incident("TRAFFIC", "ACCIDENT");
		((ObjectNode) body.get("location")).put("lat", 35.20).put("lng", 113.70);
		JsonNode incident = api.create(body);
		assertThat(incident.get("gridCode").isNull()).isTrue();
		assertThat(incident.get("stationCode").isNull()).isTrue();
		assertThat(incident.get("outsideDistrict").asBoolean()).isTrue();
		assertThat(incident.get("arrivalStandardSeconds").asInt()).isEqualTo(600);
	}

	@Test
	void priorityDefaultsToTheSubtypes() throws Exception {
		ObjectNode body = incident("HELP", "DROWNING");
		assertThat(api.create(body).get("priority").asInt()).isEqualTo(1);
		ObjectNode noise = incident("PUBLIC_ORDER", "NOISE");
		assertThat(api.create(noise).get("priority").asInt()).isEqualTo(4);
		noise.put("priority", 3);
		noise.put("summary", "explicit");
		assertThat(api.create(noise).get("priority").asInt()).isEqualTo(3);
	}

	@Test
	void optionalFieldsMayBeLeftOut() throws Exception {
		JsonNode incident = api.create(json("""
				{"channel": "PATROL", "category": "OTHER", "subtype": "OTHER",
				 "location": {"lat": 35.3021, "lng": 113.8526}}"""));
		assertThat(incident.get("callerPhone").isNull()).isTrue();
		assertThat(incident.get("callerPhoneMasked").asBoolean()).isFalse();
		assertThat(incident.get("reportedAt").asString()).endsWith("+08:00");
		assertThat(incident.get("priority").asInt()).isEqualTo(4);
	}

	// ---- every way a body can be wrong: 400 with errors, nothing created

	@Test
	void invalidBodiesAre400WithTheFieldsAndCreateNothing() throws Exception {
		long before = incidents();
		assertInvalid(body -> body.put("channel", "FAX"), "channel");
		assertInvalid(body -> body.put("category", "SPACE"), "category");
		assertInvalid(body -> body.put("priority", 5), "priority");
		assertInvalid(body -> body.put("priority", 0), "priority");
		assertInvalid(body -> body.put("priority", "urgent"), "priority");
		assertInvalid(body -> ((ObjectNode) body.get("location")).put("lat", 91), "location.lat");
		assertInvalid(body -> ((ObjectNode) body.get("location")).put("lng", -180.5), "location.lng");
		assertInvalid(body -> ((ObjectNode) body.get("location")).remove("lat"), "location.lat");
		assertInvalid(body -> body.remove("location"), "location");
		assertInvalid(body -> body.remove("channel"), "channel");
		assertInvalid(body -> body.remove("category"), "category");
		assertInvalid(body -> body.remove("subtype"), "subtype");
		assertInvalid(body -> body.put("subtype", "DROWNING"), "subtype"); // a HELP subtype under CRIMINAL
		assertInvalid(body -> body.put("subtype", "NO_SUCH"), "subtype");
		assertInvalid(body -> body.put("reportedAt", "2099-01-01T00:00:00+08:00"), "reportedAt");
		assertInvalid(body -> body.put("reportedAt", "yesterday"), "reportedAt");
		assertInvalid(body -> body.put("callerPhone", "call me"), "callerPhone");
		assertInvalid(body -> body.put("summary", "x".repeat(2001)), "summary");
		assertThat(incidents()).isEqualTo(before);
	}

	@Test
	void malformedJsonAndWrongContentAreRefused() throws Exception {
		long before = incidents();
		HttpResponse<String> malformed = api.intake(UUID.randomUUID().toString(), "{\"channel\": \"CALL_110\",");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("jackson");
		assertThat(api.intake(UUID.randomUUID().toString(), "[1, 2]").statusCode()).isEqualTo(400);
		assertThat(api.intake(UUID.randomUUID().toString(), "").statusCode()).isEqualTo(400);
		assertThat(api.intake(UUID.randomUUID().toString(), "null").statusCode()).isEqualTo(400);
		HttpResponse<String> huge = api.intake(UUID.randomUUID().toString(),
				"{\"summary\": \"" + "x".repeat(1_100_000) + "\"}");
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(incidents()).isEqualTo(before);
	}

	private void assertInvalid(java.util.function.Consumer<ObjectNode> change, String field) throws Exception {
		ObjectNode body = incident("CRIMINAL", "THEFT");
		change.accept(body);
		HttpResponse<String> response = api.intake(UUID.randomUUID().toString(), body.toString());
		assertThat(response.statusCode()).as(field + ": " + response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("errors")).as(response.body()).isNotNull();
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).as(response.body()).contains(field);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.shouwang");
	}
}
