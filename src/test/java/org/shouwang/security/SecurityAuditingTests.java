package org.shouwang.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ins, refusals, tokens and user changes reach the audit trail, without secrets. */
@ShouwangTest
class SecurityAuditingTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void tokensFailuresDenialsAndUserChangesAreAudited() throws Exception {
		String username = TestUsers.create(users, "aud", "WB01", Role.ANALYST);
		assertThat(entries(username, "CREATE")).hasSize(1);

		assertThat(post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"wrong-Passw0rd\"}", null)
			.statusCode()).isEqualTo(401);
		assertThat(entries(username, "LOGIN_FAILED")).singleElement()
			.satisfies(e -> assertThat(e).contains("BAD_CREDENTIALS").doesNotContain("wrong-Passw0rd"));

		String token = SignIn.token(port, username, TestUsers.PASSWORD);
		assertThat(entries(username, "TOKEN_ISSUED")).singleElement()
			.satisfies(e -> assertThat(e).doesNotContain(token));

		HttpResponse<String> denied = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/users")))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(denied.statusCode()).isEqualTo(403);
		List<String> denials = jdbc.sql("SELECT object_id FROM audit_entry WHERE action = 'ACCESS_DENIED' AND actor = ?")
			.param(username)
			.query(String.class)
			.list();
		assertThat(denials).contains("GET /api/v1/users");
	}

	private List<String> entries(String username, String action) {
		return jdbc.sql("""
				SELECT actor || ' ' || coalesce(changes, '') FROM audit_entry
				WHERE object_type = 'User' AND object_id = ? AND action = ? ORDER BY seq""")
			.param(username)
			.param(action)
			.query(String.class)
			.list();
	}

	private HttpResponse<String> post(String path, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
