package org.shouwang.performance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.shouwang.security.SignIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP client of the indicator API for the tests, signed in as a demo user (one token per user and port). */
final class IndicatorClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	private final String username;

	IndicatorClient(int port, String username) {
		this.port = port;
		this.username = username;
	}

	private String token() {
		return TOKENS.computeIfAbsent(port + "/" + username, k -> SignIn.token(port, username));
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token())
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> post(String path, String body, boolean idempotent) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (idempotent) {
			request.header("Idempotency-Key", UUID.randomUUID().toString());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** GET answering 200, as JSON. */
	JsonNode json(String path) throws Exception {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError(path + ": " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	/** The figures of a query, by code. */
	Map<String, JsonNode> figures(String query) throws Exception {
		Map<String, JsonNode> byCode = new java.util.LinkedHashMap<>();
		for (JsonNode figure : json("/api/v1/indicators?" + query)) {
			byCode.put(figure.get("code").asString(), figure);
		}
		return byCode;
	}

	long value(String code, String query) throws Exception {
		return json("/api/v1/indicators/" + code + "?" + query).get("value").asLong();
	}
}
