package org.shouwang.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

@ShouwangTest
class AuthenticationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoginRateLimiter limiter;

	/**
	 * Failed sign-ins from other test classes also come from 127.0.0.1 and count against its per-address
	 * window; start each test from a clean window so what a test sees is what it caused.
	 */
	@BeforeEach
	void forgetEarlierFailuresFromThisMachine() {
		limiter.forgetAddress("127.0.0.1");
		limiter.forgetAddress("0:0:0:0:0:0:0:1");
	}

	@Autowired
	WebApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theTokenEndpointIssuesAnOpaqueTokenThatExpiresAfterTheConfiguredTime() throws Exception {
		HttpResponse<String> response = token("commander", SignIn.DEMO_PASSWORD);
		assertThat(response.statusCode()).isEqualTo(200);
		String token = field(response.body(), "token");
		OffsetDateTime expiresAt = OffsetDateTime.parse(field(response.body(), "expiresAt"));
		assertThat(Duration.between(Instant.now(), expiresAt.toInstant())).isBetween(Duration.ofHours(11), Duration.ofHours(12));
		assertThat(token).hasSizeGreaterThanOrEqualTo(40);
		assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(token).query(Long.class).single())
			.as("only the hash is stored").isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?").param(TokenService.hash(token))
			.query(Long.class).single()).isEqualTo(1);

		HttpResponse<String> me = api("GET", "/api/v1/auth/me", token, null);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"commander\"").contains("incident:dispatch");
	}

	@Test
	void wrongPasswordsAndUnknownUsersGetTheSame401() throws Exception {
		HttpResponse<String> wrong = mockToken("10.77.0.1", "analyst", "not-the-password");
		HttpResponse<String> unknown = mockToken("10.77.0.1", "no-such-user-x", "not-the-password");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(unknown.body()).isEqualTo(wrong.body());
		users.unlock("analyst");
	}

	@Test
	void malformedTokenRequestsAre400() throws Exception {
		assertThat(post("/api/v1/auth/token", "{\"username\": ").statusCode()).isEqualTo(400);
		assertThat(post("/api/v1/auth/token", "{\"username\": \"admin\"}").statusCode()).isEqualTo(400);
		assertThat(post("/api/v1/auth/token", "[1,2]").statusCode()).isEqualTo(400);
	}

	@Test
	void apiCallsWithoutAValidTokenAre401Problems() throws Exception {
		for (String token : new String[] { null, "made-up-token", "" }) {
			HttpResponse<String> response = api("GET", "/api/v1/users", token, null);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
		}
		String analyst = SignIn.token(port, "analyst");
		HttpResponse<String> forbidden = api("GET", "/api/v1/users", analyst, null);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void fiftyParallelWrongPasswordsCountExactlyFiveFailuresAndLockTheAccount() throws Exception {
		String username = TestUsers.create(users, "race", "WB", Role.ANALYST);
		int attempts = 50;
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		try {
			for (int i = 0; i < attempts; i++) {
				String password = "wrong-password-" + i;
				results.add(pool.submit((Callable<Integer>) () -> {
					start.await();
					return token(username, password).statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).filteredOn(s -> s == 401).as("evaluated as wrong passwords").hasSize(5);
			assertThat(statuses).filteredOn(s -> s == 423).as("refused as locked").hasSize(45);
		}
		finally {
			pool.shutdownNow();
		}
		UserView user = users.get(username);
		assertThat(user.failedAttempts()).isEqualTo(5);
		assertThat(user.locked()).isTrue();
		assertThat(user.lockedUntil().toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(9)));

		HttpResponse<String> right = token(username, TestUsers.PASSWORD);
		assertThat(right.statusCode()).as("the right password while locked").isEqualTo(423);
		assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> form = SignIn.anonymous(port).post("/login",
				Map.of("username", username, "password", TestUsers.PASSWORD));
		assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=locked"));

		users.unlock(username);
		assertThat(token(username, TestUsers.PASSWORD).statusCode()).isEqualTo(200);
		assertThat(users.get(username).failedAttempts()).as("success resets the count").isZero();
	}

	@Test
	void failuresResetOnSuccessSoOnlyConsecutiveOnesLock() throws Exception {
		String username = TestUsers.create(users, "consec", "WB", Role.ANALYST);
		for (int i = 0; i < 4; i++) {
			assertThat(token(username, "nope-" + i).statusCode()).isEqualTo(401);
		}
		assertThat(token(username, TestUsers.PASSWORD).statusCode()).isEqualTo(200);
		assertThat(token(username, "nope-again").statusCode()).isEqualTo(401);
		assertThat(users.get(username).locked()).isFalse();
		assertThat(users.get(username).failedAttempts()).isEqualTo(1);
		users.unlock(username);
	}

	@Test
	void disablingAUserRevokesItsTokensAndEndsItsSessionsAtOnce() throws Exception {
		String username = TestUsers.create(users, "dis", "WB", Role.ANALYST);
		String token = SignIn.token(port, username, TestUsers.PASSWORD);
		SignIn.Browser browser = SignIn.browser(port, username, TestUsers.PASSWORD);
		assertThat(api("GET", "/api/v1/auth/me", token, null).statusCode()).isEqualTo(200);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		String admin = SignIn.token(port, "admin");
		assertThat(api("POST", "/api/v1/users/" + username + "/disable", admin, null).statusCode()).isEqualTo(200);

		assertThat(api("GET", "/api/v1/auth/me", token, null).statusCode()).isEqualTo(401);
		HttpResponse<String> page = browser.get("/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
		assertThat(token(username, TestUsers.PASSWORD).statusCode()).isEqualTo(401);

		assertThat(api("POST", "/api/v1/users/" + username + "/enable", admin, null).statusCode()).isEqualTo(200);
		assertThat(api("GET", "/api/v1/auth/me", token, null).statusCode()).as("revoked stays revoked").isEqualTo(401);
		assertThat(token(username, TestUsers.PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void takingARoleAwayRevokesTokensAndSessions() throws Exception {
		String username = TestUsers.create(users, "role", "WB", Role.ANALYST, Role.INSPECTOR);
		String token = SignIn.token(port, username, TestUsers.PASSWORD);
		SignIn.Browser browser = SignIn.browser(port, username, TestUsers.PASSWORD);
		String admin = SignIn.token(port, "admin");
		HttpResponse<String> update = api("PUT", "/api/v1/users/" + username, admin,
				"{\"displayName\":\"测试\",\"roles\":[\"ANALYST\"],\"scopeUnitCode\":\"WB\",\"officerBadge\":null}");
		assertThat(update.statusCode()).isEqualTo(200);
		assertThat(update.body()).contains("\"roles\":[\"ANALYST\"]");
		assertThat(api("GET", "/api/v1/auth/me", token, null).statusCode()).isEqualTo(401);
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void formLoginGivesANewSessionIdAndShowsClearErrors() throws Exception {
		SignIn.Browser browser = SignIn.anonymous(port);
		String before = sessionCookie(browser);
		assertThat(before).as("the sign-in page opened a session (CSRF token)").isNotNull();
		HttpResponse<String> login = browser.post("/login", Map.of("username", "commander", "password", SignIn.DEMO_PASSWORD));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(sessionCookie(browser)).as("fixation protection").isNotNull().isNotEqualTo(before);
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("分局指挥长");

		HttpResponse<String> bad = SignIn.anonymous(port).post("/login", Map.of("username", "commander", "password", "x"));
		assertThat(bad.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=bad"));
		users.unlock("commander");
		assertThat(SignIn.anonymous(port).get("/login?error=bad").body()).contains("用户名或密码错误");
		assertThat(SignIn.anonymous(port).get("/login?error=locked").body()).contains("账号已被锁定");
		assertThat(SignIn.anonymous(port).get("/login?error=disabled").body()).contains("账号已停用");
	}

	@Test
	void theBrowserSessionMayReadTheApiButChangesNeedTheCsrfToken() {
		String username = TestUsers.create(users, "csrf", "WB", Role.ANALYST);
		SignIn.Browser admin = SignIn.browser(port, "admin");
		assertThat(admin.json("GET", "/api/v1/auth/me", null, false).statusCode()).isEqualTo(200);
		assertThat(admin.json("POST", "/api/v1/users/" + username + "/unlock", null, false).statusCode()).isEqualTo(403);
		assertThat(admin.json("POST", "/api/v1/users/" + username + "/unlock", null, true).statusCode()).isEqualTo(200);
	}

	@Test
	void pagesWithoutASessionRedirectToTheSignInPage() {
		HttpResponse<String> page = SignIn.anonymous(port).get("/admin/users");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(SignIn.anonymous(port).get("/css/shouwang.css").statusCode()).isEqualTo(200);
		assertThat(SignIn.anonymous(port).get("/v3/api-docs").statusCode()).isEqualTo(302);
		assertThat(SignIn.browser(port, "analyst").json("GET", "/v3/api-docs", null, false).statusCode()).isEqualTo(200);
	}

	@Test
	void aNewUserMustChangeTheInitialPasswordFirst() throws Exception {
		String admin = SignIn.token(port, "admin");
		String username = "fresh-" + Long.toString(System.nanoTime(), 36);
		HttpResponse<String> created = api("POST", "/api/v1/users", admin, """
				{"username":"%s","displayName":"新民警","roles":["OFFICER"],"scopeUnitCode":"WB02",
				 "officerBadge":"410702","initialPassword":"Initial-Passphrase-1"}""".formatted(username));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"mustChangePassword\":true").doesNotContain("password_hash").doesNotContain("$2a$");

		assertThat(token(username, "Initial-Passphrase-1").statusCode()).as("no token before the change").isEqualTo(403);
		SignIn.Browser browser = SignIn.anonymous(port);
		HttpResponse<String> login = browser.post("/login", Map.of("username", username, "password", "Initial-Passphrase-1"));
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		assertThat(browser.get("/").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		browser.refreshCsrf("/account/password");
		HttpResponse<String> common = browser.post("/account/password", Map.of("currentPassword", "Initial-Passphrase-1",
				"newPassword", "woaini1314", "confirmPassword", "woaini1314"));
		assertThat(common.statusCode()).isEqualTo(200);
		assertThat(common.body()).contains("常见密码");
		HttpResponse<String> changed = browser.post("/account/password", Map.of("currentPassword", "Initial-Passphrase-1",
				"newPassword", "Fresh officer at Pingyuan Road", "confirmPassword", "Fresh officer at Pingyuan Road"));
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(token(username, "Fresh officer at Pingyuan Road").statusCode()).isEqualTo(200);
	}

	@Test
	void usersAreValidatedAndAStationAdministratorManagesOnlyItsStation() throws Exception {
		String admin = SignIn.token(port, "admin");
		HttpResponse<String> weak = api("POST", "/api/v1/users", admin, """
				{"username":"weak-pw-user","displayName":"x","roles":["OFFICER"],"scopeUnitCode":"WB01","initialPassword":"password123"}""");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("initialPassword");
		HttpResponse<String> badScope = api("POST", "/api/v1/users", admin, """
				{"username":"bad-scope-user","displayName":"x","roles":["OFFICER"],"scopeUnitCode":"XX9","initialPassword":"Long enough passphrase"}""");
		assertThat(badScope.statusCode()).isEqualTo(400);
		assertThat(badScope.body()).contains("scopeUnitCode");
		HttpResponse<String> duplicate = api("POST", "/api/v1/users", admin, """
				{"username":"nanqiao","displayName":"x","roles":["OFFICER"],"scopeUnitCode":"WB01","initialPassword":"Long enough passphrase"}""");
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(api("POST", "/api/v1/users", admin, "{\"username\":\"x1\",\"roles\":[\"CHIEF\"]}").statusCode()).isEqualTo(400);

		String stationAdmin = TestUsers.create(users, "wb02adm", "WB02", Role.ADMIN);
		String token = SignIn.token(port, stationAdmin, TestUsers.PASSWORD);
		HttpResponse<String> list = api("GET", "/api/v1/users?size=200", token, null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(stationAdmin).doesNotContain("\"nanqiao\"").doesNotContain("\"commander\"");
		HttpResponse<String> other = api("GET", "/api/v1/users/nanqiao", token, null);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("WB01").doesNotContain("南桥");
		HttpResponse<String> escalate = api("POST", "/api/v1/users", token, """
				{"username":"wb02-escalate","displayName":"x","roles":["ADMIN"],"scopeUnitCode":"WB","initialPassword":"Long enough passphrase"}""");
		assertThat(escalate.statusCode()).isEqualTo(400);
		assertThat(escalate.body()).contains("scopeUnitCode");
	}

	@Test
	void totpUsersNeedTheirCodeForTokensAndForTheForm() throws Exception {
		String username = TestUsers.create(users, "totp", "WB", Role.ANALYST);
		String secret = Totp.newSecret();
		users.enrolTotp(username, secret, 0);
		HttpResponse<String> without = token(username, TestUsers.PASSWORD);
		assertThat(without.statusCode()).isEqualTo(401);
		assertThat(without.body()).contains("totp");
		String code = Totp.code(Totp.decodeBase32(secret), Totp.step(Instant.now()), 6, "HmacSHA1");
		HttpResponse<String> with = post("/api/v1/auth/token", """
				{"username":"%s","password":"%s","totp":"%s"}""".formatted(username, TestUsers.PASSWORD, code));
		assertThat(with.statusCode()).isEqualTo(200);
		HttpResponse<String> replay = post("/api/v1/auth/token", """
				{"username":"%s","password":"%s","totp":"%s"}""".formatted(username, TestUsers.PASSWORD, code));
		assertThat(replay.statusCode()).as("a code is good once").isEqualTo(401);

		SignIn.Browser browser = SignIn.anonymous(port);
		HttpResponse<String> login = browser.post("/login", Map.of("username", username, "password", TestUsers.PASSWORD));
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/totp"));
		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/totp"));
		assertThat(api("GET", "/api/v1/auth/me", null, null).statusCode()).isEqualTo(401);
		browser.refreshCsrf("/login/totp");
		HttpResponse<String> wrong = browser.post("/login/totp", Map.of("code", "000000".equals(code) ? "111111" : "000000"));
		assertThat(wrong.body()).contains("验证码不正确");
		users.unlock(username);
	}

	@Test
	void tooManyFailuresFromOneAddressOrForOneUsernameAre429WithRetryAfter() throws Exception {
		String victim = "spray-target-" + Long.toString(System.nanoTime(), 36);
		for (int i = 0; i < 10; i++) {
			assertThat(mockToken("10.66.0." + i, victim, "guess-" + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> limited = mockToken("10.66.1.1", victim, "guess-x");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
				v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));

		for (int i = 0; i < 20; i++) {
			assertThat(mockToken("10.66.2.2", "sprayed-" + i, "Summer2025!").statusCode()).isEqualTo(401);
		}
		assertThat(mockToken("10.66.2.2", "sprayed-x", "Summer2025!").statusCode()).isEqualTo(429);
		assertThat(mockToken("10.66.2.3", "sprayed-x", "Summer2025!").statusCode()).as("another address").isEqualTo(401);
	}

	private HttpResponse<String> mockToken(String address, String username, String password) throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/auth/token").with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).contentType("application/json").content("""
				{"username":"%s","password":"%s"}""".formatted(username, password))).andReturn();
		return new MockResponse(result);
	}

	private HttpResponse<String> token(String username, String password) throws Exception {
		return post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> api(String method, String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(SignIn.Browser browser) {
		return ((java.net.CookieManager) browser.client().cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("SHOUWANG_SESSION"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		assertThat(m.find()).as("%s in %s", name, json).isTrue();
		return m.group(1);
	}
}
