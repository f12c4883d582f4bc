package org.shouwang.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ShouwangTest
class PlatformTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void embeddedPostgresIsDurable() {
		assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
		assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
		assertThat(jdbc.sql("SHOW server_version_num").query(Integer.class).single()).isGreaterThanOrEqualTo(170000);
		assertThat(jdbc.sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
	}

	@Test
	void applicationConnectsAsARoleThatOwnsNothing() {
		assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("shouwang_app");
		assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single())
			.isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT has_schema_privilege('public', 'CREATE')").query(Boolean.class).single()).isFalse();
	}

	@Test
	void healthIsUpWithoutAuthentication() throws Exception {
		HttpResponse<String> response = get("/actuator/health", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void unknownApiPathIsAProblemWithoutInternals() throws Exception {
		HttpResponse<String> response = get("/api/v1/no-such-thing", "application/json");
		assertThat(response.statusCode()).isIn(401, 404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\"").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void unknownPageIsAFriendlyPage() throws Exception {
		HttpResponse<String> response = get("/no-such-page", "text/html");
		assertThat(response.statusCode()).isIn(302, 404);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
