package org.shouwang.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SystemActor names are no usernames: the audit trail could not tell a person from a job or the demo. */
@ShouwangTest
class ReservedUsernameTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Test
	void systemAndDemoCannotBeCreated() throws Exception {
		for (String name : SystemActor.RESERVED) {
			String body = """
					{"username":"%s","displayName":"x","roles":["OFFICER"],"scopeUnitCode":"WB01",
					 "initialPassword":"A long enough passphrase"}""".formatted(name);
			HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
				.header("Authorization", "Bearer " + SignIn.token(port, "admin"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(name).isEqualTo(400);
			assertThat(response.body()).as(name).contains("\"username\"").containsAnyOf("保留", "reserved");
			assertThatThrownBy(() -> users.createDemoAccount(new NewUser(name, "x", Set.of(Role.ADMIN), "WB", null,
					"A long enough passphrase"))).isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> users.get(name)).as("nothing created").isInstanceOf(NotFoundException.class);
		}
	}
}
