package org.shouwang.geography;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.shouwang.security.SignIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API tests, signed in as the demo admin with a bearer token. */
final class ApiClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	private final String token;

	ApiClient(int port) {
		this.port = port;
		this.token = SignIn.token(port, "admin");
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(request(path).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<byte[]> download(String path) throws Exception {
		return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> postBody(String path, String contentType, byte[] body) throws Exception {
		return http.send(request(path)
			.header("Content-Type", contentType)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> postFile(String path, String filename, byte[] content) throws Exception {
		String boundary = "----shouwang" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/geo+json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return postBody(path, "multipart/form-data; boundary=" + boundary, body);
	}

	JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	JsonNode json(String text) {
		return json.readTree(text);
	}

	byte[] bytes(JsonNode node) {
		return json.writeValueAsBytes(node);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
