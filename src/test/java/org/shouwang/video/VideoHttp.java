package org.shouwang.video;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.shouwang.security.SignIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the video API tests. Signed in as a demo user ({@link #as}) it sends that user's bearer
 * token; {@link #unsigned} sends none, for the analytics alert intake that the source's HMAC signature authenticates.
 * Pages are opened with a cookie session ({@link SignIn#browser}); {@link #postFile(SignIn.Browser, int, String, String, byte[])}
 * uploads a file in such a session.
 */
final class VideoHttp {

	/** Who writes cameras, plans, checks and alert sources: camera:write is the administrator's only. */
	static final String WRITER = "admin";

	/** A branch-wide user with camera:read but not camera:write (the command centre's operator). */
	static final String READER = "dispatcher";

	/** One token per server port and user: the token endpoint is rate-limited. */
	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	/** The demo user whose token is sent, or null for none. */
	private final String user;

	private VideoHttp(int port, String user) {
		this.port = port;
		this.user = user;
	}

	/** A client sending the bearer token of a demo user. */
	static VideoHttp as(int port, String user) {
		return new VideoHttp(port, user);
	}

	/** A client sending no token at all (an external system). */
	static VideoHttp unsigned(int port) {
		return new VideoHttp(port, null);
	}

	static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(authorized(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> send(String method, String path, String contentType, byte[] body, Map<String, String> headers)
			throws Exception {
		HttpRequest.Builder request = authorized(HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> postJson(String path, String body) throws Exception {
		return send("POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	HttpResponse<String> putJson(String path, String body) throws Exception {
		return send("PUT", path, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	HttpResponse<String> postFile(String path, String filename, byte[] content) throws Exception {
		Multipart multipart = multipart(null, filename, content);
		return send("POST", path, multipart.contentType(), multipart.body(), Map.of());
	}

	JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	/**
	 * Uploads a file in a signed-in browser session as the page's form does: a multipart body with the {@code file}
	 * part and the session's CSRF token as the {@code _csrf} field.
	 */
	static HttpResponse<String> postFile(SignIn.Browser browser, int port, String path, String filename, byte[] content)
			throws Exception {
		Multipart multipart = multipart(browser.csrf(), filename, content);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", multipart.contentType())
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body()))
			.build();
		return browser.client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder authorized(HttpRequest.Builder request) {
		if (user != null) {
			request.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(port + "/" + user, k -> SignIn.token(port, user)));
		}
		return request;
	}

	private record Multipart(String contentType, byte[] body) {
	}

	/** A multipart body with the {@code file} part, after a {@code _csrf} field when the token is given. */
	private static Multipart multipart(String csrf, String filename, byte[] content) {
		String boundary = "----shouwang" + UUID.randomUUID();
		String field = csrf == null ? ""
				: "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n";
		byte[] head = (field + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return new Multipart("multipart/form-data; boundary=" + boundary, body);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
