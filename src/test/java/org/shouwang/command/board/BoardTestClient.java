package org.shouwang.command.board;

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

/**
 * HTTP calls of the board tests against one node, signed in as the branch-wide demo dispatcher: {@code /api}
 * calls with a bearer token, the board's pages, snapshot and event stream (the UI, not the API) with a
 * signed-in cookie session, as the browser calls them.
 */
final class BoardTestClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String USER = "dispatcher";

	/** One dispatcher token per server port (the token endpoint is rate-limited). */
	private static final Map<Integer, String> TOKENS = new ConcurrentHashMap<>();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	final String base;

	private final int port;

	private volatile SignIn.Browser session;

	BoardTestClient(int port) {
		this.port = port;
		this.base = "http://localhost:" + port;
	}

	/** The bearer token for this node. */
	String token() {
		return TOKENS.computeIfAbsent(port, p -> SignIn.token(p, USER));
	}

	/** A cookie session signed in on this node (opened on first use). */
	SignIn.Browser session() {
		SignIn.Browser s = session;
		if (s == null) {
			synchronized (this) {
				if (session == null) {
					session = SignIn.browser(port, USER);
				}
				s = session;
			}
		}
		return s;
	}

	/** A GET: {@code /api} paths with the token, pages (UI) in the signed-in session. */
	HttpResponse<String> get(String path) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
		if (path.startsWith("/api/")) {
			return http.send(request.header("Authorization", "Bearer " + token()).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		return session().client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** An API POST with the token and a fresh Idempotency-Key. */
	HttpResponse<String> post(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** An API PUT with the token. */
	HttpResponse<String> put(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token())
			.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
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

	/** The board's event stream, opened in the signed-in session (as the page's EventSource does). */
	SseStream events() throws Exception {
		return SseStream.open(session().client(), base + "/command/board/events");
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
