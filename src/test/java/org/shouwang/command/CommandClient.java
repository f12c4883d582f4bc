package org.shouwang.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.shouwang.security.SignIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** HTTP client and test data for the command centre's API tests, signed in as the branch-wide demo dispatcher. */
final class CommandClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	/** One dispatcher token per server port (the token endpoint is rate-limited). */
	private static final Map<Integer, String> TOKENS = new ConcurrentHashMap<>();

	CommandClient(int port) {
		this.port = port;
	}

	private String token() {
		return TOKENS.computeIfAbsent(port, p -> SignIn.token(p, "dispatcher"));
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
				.header("Authorization", "Bearer " + token()).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> post(String path, String body) throws Exception {
		return send("POST", path, body, null);
	}

	HttpResponse<String> put(String path, String body) throws Exception {
		return send("PUT", path, body, null);
	}

	HttpResponse<String> intake(String key, String body) throws Exception {
		return send("POST", "/api/v1/incidents", body, key);
	}

	/** Posts a new incident with a fresh key and returns the created incident (asserting 201). */
	JsonNode create(ObjectNode body) throws Exception {
		HttpResponse<String> response = intake(UUID.randomUUID().toString(), body.toString());
		if (response.statusCode() != 201) {
			throw new AssertionError("intake failed: " + response.statusCode() + " " + response.body());
		}
		return json(response);
	}

	private HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token())
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	static ObjectNode json(String text) {
		return (ObjectNode) JSON.readTree(text);
	}

	/** API.md's example body, word for word. */
	static final String EXAMPLE = """
			{"channel": "CALL_110", "category": "CRIMINAL", "subtype": "THEFT",
			 "priority": 2, "reportedAt": "2025-07-14T08:30:00+08:00",
			 "location": {"lat": 35.3021, "lng": 113.8526, "address": "平原路 88 号"},
			 "callerPhone": "13800000000", "summary": "地下室白酒被盗"}""";

	/**
	 * A valid body at a random time of 2025 and a random point inside the district with a random phone, so
	 * that tests do not see each other's incidents as duplicates.
	 */
	static ObjectNode incident(String category, String subtype) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDateTime time = LocalDateTime.of(2025, 1, 1, 0, 0)
			.plusMinutes(random.nextLong(0, 364L * 24 * 60));
		ObjectNode body = json("{}");
		body.put("channel", "CALL_110");
		body.put("category", category);
		body.put("subtype", subtype);
		body.put("reportedAt", time.atOffset(ZoneOffset.ofHours(8)).toString());
		ObjectNode location = body.putObject("location");
		location.put("lat", 35.29 + random.nextDouble(0, 0.025));
		location.put("lng", 113.84 + random.nextDouble(0, 0.04));
		location.put("address", "测试路 " + random.nextInt(1, 999) + " 号");
		body.put("callerPhone", "139" + String.format(Locale.ROOT, "%08d", random.nextInt(0, 100_000_000)));
		body.put("summary", "测试警情 " + UUID.randomUUID());
		return body;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
