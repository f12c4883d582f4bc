package org.shouwang.command.board;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls of the board tests against one node (security is not on yet, so no token). */
final class BoardTestClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	final String base;

	BoardTestClient(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> post(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Posts a JSON body and returns the JSON answer, asserting the status. */
	JsonNode post(String path, String body, int expectedStatus) throws Exception {
		HttpResponse<String> response = post(path, body);
		if (response.statusCode() != expectedStatus) {
			throw new AssertionError(path + ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	/** Takes in an incident (a fresh Idempotency-Key) and returns it. */
	JsonNode createIncident(String body) throws Exception {
		return post("/api/v1/incidents", body, 201);
	}

	SseStream events() throws Exception {
		return SseStream.open(http, base + "/command/board/events");
	}

	/** A theft at a random point inside the district, reported at {@code reportedAt} (ISO with offset). */
	static String theft(String reportedAt, int priority) {
		double lat = 35.29 + Math.random() * 0.025;
		double lng = 113.84 + Math.random() * 0.04;
		return String.format(java.util.Locale.ROOT, """
				{"channel": "CALL_110", "category": "CRIMINAL", "subtype": "THEFT", "priority": %d,
				 "reportedAt": "%s", "location": {"lat": %.6f, "lng": %.6f, "address": "测试路 %d 号"},
				 "summary": "看板测试 %s"}""", priority, reportedAt, lat, lng, (int) (Math.random() * 900) + 1,
				UUID.randomUUID());
	}
}
