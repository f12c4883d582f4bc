package org.shouwang.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.shouwang.ShouwangTest;
import org.shouwang.command.CommandMatrixRows;
import org.shouwang.organization.OrganizationMatrixRows;
import org.shouwang.security.MatrixRows.Access;
import org.shouwang.security.MatrixRows.Entry;
import org.shouwang.video.VideoMatrixRows;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix: every handler of the application (API and UI, read from the request mappings,
 * so a new endpoint cannot be forgotten) has exactly one row saying who may call it. For each row:
 * anonymous callers are turned away (401 on /api, redirect to /login for pages); a user whose roles lack the
 * permission gets 403; for station-scoped objects a station user asking for another station's object gets 404
 * with nothing of the object in the body.
 * <p>
 * The rows live with their modules: each module's test package has a {@link MatrixRows} class (for example
 * {@code org.shouwang.organization.OrganizationMatrixRows}) with its rows and the fixtures its placeholders
 * need; this test finds them by a classpath scan and composes them with {@link #MATRIX} (framework endpoints,
 * and rows not yet moved to their module). Adding an endpoint: add its row to the module's {@code MatrixRows}
 * (see there for {@code sample}, {@code body} and {@code scoped}). {@value MatrixRows#STATION_USER} in a path is
 * replaced by a user of WB01 that this test creates.
 */
@ShouwangTest
class AuthorizationMatrixTests {

	/** The placeholders of the module rows, under their old names, for rows still in {@link #MATRIX}. */
	static final String STATION_USER = MatrixRows.STATION_USER;

	static final String WB01_OFFICER = OrganizationMatrixRows.WB01_OFFICER;

	static final String WB01_DUTY_UNIT = OrganizationMatrixRows.WB01_DUTY_UNIT;

	static final String WB01_INCIDENT = CommandMatrixRows.WB01_INCIDENT;

	static final String WB01_CAMERA = VideoMatrixRows.WB01_CAMERA;

	static final String PATROL_PLAN = VideoMatrixRows.PATROL_PLAN;

	static final String PATROL_CHECK = VideoMatrixRows.PATROL_CHECK;

	static Entry api(String method, String pattern, String permission) {
		return new Entry(true, method, pattern, Access.PERMISSION, permission, null, null, null);
	}

	static Entry page(String method, String pattern, String permission) {
		return new Entry(false, method, pattern, Access.PERMISSION, permission, null, null, null);
	}

	static Entry api(String method, String pattern, Access access) {
		return new Entry(true, method, pattern, access, null, null, null, null);
	}

	static Entry page(String method, String pattern, Access access) {
		return new Entry(false, method, pattern, access, null, null, null, null);
	}

	/**
	 * Rows that belong to no module (framework endpoints) and rows not yet moved into their module's
	 * {@link MatrixRows}; a module's own rows live in its test package.
	 */
	static final List<Entry> MATRIX = List.of(
			// springdoc (framework): signed-in users only
			page("GET", "/v3/api-docs", Access.AUTHENTICATED),
			page("GET", "/v3/api-docs.yaml", Access.AUTHENTICATED),
			page("GET", "/v3/api-docs/swagger-config", Access.AUTHENTICATED),
			page("GET", "/swagger-ui.html", Access.AUTHENTICATED));

	/** Every module's {@link MatrixRows}, found on the test classpath under {@code org.shouwang}, by class name. */
	static final List<MatrixRows> MODULE_ROWS = findModuleRows();

	/** The whole matrix: {@link #MATRIX} and every module's rows. */
	static final List<Entry> ALL = Stream.concat(MATRIX.stream(), MODULE_ROWS.stream().flatMap(m -> m.rows().stream()))
		.toList();

	private static List<MatrixRows> findModuleRows() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(MatrixRows.class));
		return scanner.findCandidateComponents("org.shouwang")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.sorted()
			.map(name -> {
				try {
					return (MatrixRows) ReflectionUtils.accessibleConstructor(Class.forName(name)).newInstance();
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(name + " needs a constructor without arguments", ex);
				}
			})
			.toList();
	}

	/**
	 * Handlers allowed without {@code @PreAuthorize}, with the reason: public pages the filter chain opens, the
	 * platform's home page (any signed-in user) and framework endpoints we do not own.
	 */
	static final Map<String, String> WITHOUT_PRE_AUTHORIZE = Map.of(
			"POST /api/v1/auth/token", "public: the sign-in itself",
			"GET /login", "public: the sign-in page",
			"GET /", "platform home: every signed-in user (filter chain)",
			"GET /v3/api-docs", "springdoc: signed-in users (filter chain)",
			"GET /v3/api-docs.yaml", "springdoc: signed-in users (filter chain)",
			"GET /v3/api-docs/swagger-config", "springdoc: signed-in users (filter chain)",
			"GET /swagger-ui.html", "springdoc: signed-in users (filter chain)");

	/**
	 * Machine endpoints: no user token, the request is authenticated by a signature (permitted without a token in
	 * {@code SecurityConfiguration.SIGNED_MACHINE_PATHS}, handler {@code @PreAuthorize("permitAll()")}); an
	 * unsigned call answers 401.
	 */
	static final Map<String, String> SIGNED_MACHINE_ENDPOINTS = Map.of(
			"POST /api/v1/video/alerts/{sourceCode}", "video analytics alert intake: HMAC signature of the source's key");

	/** Endpoints that stream (Server-Sent Events): the check reads the response head only. */
	static final Set<String> STREAMING = Set.of("GET /command/board/events");

	private static final Map<Role, String[]> ROLE_USERS = new ConcurrentHashMap<>();

	private static final Map<String, String> FIXTURES = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Users users;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void everyEndpointHasExactlyOneMatrixEntry() {
		Set<String> mapped = handlers().keySet();
		Map<String, Long> counts = ALL.stream().collect(Collectors.groupingBy(Entry::key, Collectors.counting()));
		assertThat(counts).as("duplicate matrix entries").allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1));
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(counts.keySet());
		assertThat(missing).as("endpoints without a matrix row: add one to the module's MatrixRows (its test package)").isEmpty();
		Set<String> stale = new TreeSet<>(counts.keySet());
		stale.removeAll(mapped);
		assertThat(stale).as("matrix entries for endpoints that no longer exist").isEmpty();
	}

	@Test
	void everyPlaceholderOfARowHasAFixture() {
		Set<String> declared = new TreeSet<>(declaredFixtures().keySet());
		declared.add(STATION_USER);
		Set<String> used = new TreeSet<>();
		for (Entry entry : ALL) {
			for (String path : Arrays.asList(entry.sample(), entry.outsideScope())) {
				if (path != null) {
					java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[a-z0-9-]+}").matcher(path);
					while (m.find()) {
						used.add(m.group());
					}
				}
			}
		}
		assertThat(declared).as("placeholders without a fixture in any module's MatrixRows").containsAll(used);
		assertThat(MODULE_ROWS).extracting(rows -> rows.getClass().getSimpleName())
			.contains("OrganizationMatrixRows", "GeographyMatrixRows", "SecurityMatrixRows", "AuditMatrixRows",
					"PlatformMatrixRows", "CommandMatrixRows", "VideoMatrixRows");
	}

	@Test
	void everyHandlerCarriesPreAuthorizeMatchingTheMatrixOrIsAllowListed() {
		Map<String, Entry> matrix = ALL.stream().collect(Collectors.toMap(Entry::key, e -> e));
		List<String> problems = new ArrayList<>();
		handlers().forEach((key, handler) -> {
			PreAuthorize pre = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
			if (pre == null) {
				pre = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
			}
			Entry entry = matrix.get(key);
			if (pre == null && !WITHOUT_PRE_AUTHORIZE.containsKey(key)) {
				problems.add(key + " (" + handler + ") has no @PreAuthorize and is not in the allow-list");
			}
			if (pre != null && entry != null && entry.access() == Access.PERMISSION
					&& !pre.value().contains("'" + entry.permission() + "'")) {
				problems.add(key + ": @PreAuthorize(\"" + pre.value() + "\") does not name " + entry.permission());
			}
			if (entry != null && entry.access() == Access.SIGNED
					&& (pre == null || !pre.value().equals("permitAll()") || !SIGNED_MACHINE_ENDPOINTS.containsKey(key))) {
				problems.add(key + " is SIGNED in the matrix: it must carry @PreAuthorize(\"permitAll()\") and be listed in"
						+ " SIGNED_MACHINE_ENDPOINTS");
			}
			if (entry != null && entry.access() != Access.SIGNED && SIGNED_MACHINE_ENDPOINTS.containsKey(key)) {
				problems.add(key + " is listed in SIGNED_MACHINE_ENDPOINTS but is not SIGNED in the matrix");
			}
			if (pre != null && entry != null && entry.access() == Access.PUBLIC) {
				problems.add(key + " is PUBLIC in the matrix but carries @PreAuthorize(\"" + pre.value() + "\")");
			}
		});
		assertThat(problems).isEmpty();
		assertThat(WITHOUT_PRE_AUTHORIZE.keySet()).allSatisfy(key -> assertThat(matrix).containsKey(key));
	}

	@TestFactory
	Stream<DynamicTest> anonymousCallersAreTurnedAway() {
		return ALL.stream().map(entry -> DynamicTest.dynamicTest(entry.key(), () -> {
			HttpResponse<String> response = entry.api() ? callApi(entry, entry.path(fixtures()), null)
					: SignIn.anonymous(port).get("/login") != null ? callPage(entry, entry.path(fixtures()), SignIn.anonymous(port)) : null;
			if (entry.access() == Access.PUBLIC) {
				assertThat(response.statusCode()).as(entry.key()).isNotIn(401, 403);
				assertThat(location(response)).as(entry.key()).doesNotEndWith("/login");
			}
			else if (entry.access() == Access.SIGNED) {
				// no token needed, but an unsigned request fails the signature check
				assertThat(response.statusCode()).as(entry.key()).isEqualTo(401);
				assertThat(location(response)).as(entry.key()).doesNotEndWith("/login");
			}
			else if (entry.api()) {
				assertThat(response.statusCode()).as(entry.key()).isEqualTo(401);
				assertThat(response.headers().firstValue("Content-Type")).as(entry.key())
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			}
			else {
				assertThat(response.statusCode()).as(entry.key()).isEqualTo(302);
				assertThat(location(response)).as(entry.key()).endsWith("/login");
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> rolesWithoutThePermissionGet403() {
		return ALL.stream().filter(e -> e.access() == Access.PERMISSION).map(entry -> DynamicTest.dynamicTest(
				entry.key() + " needs " + entry.permission(), () -> {
					Role role = Arrays.stream(Role.values()).filter(r -> !r.grants(entry.permission())).findFirst()
						.orElse(null);
					// A user has at least one role, so a permission every role grants cannot be refused to anyone
					// signed in; its @PreAuthorize is still checked by everyHandlerCarriesPreAuthorize...
					Assumptions.assumeTrue(role != null, () -> "every role holds " + entry.permission()
							+ ": no signed-in user lacks it");
					HttpResponse<String> response = as(role, entry, entry.path(fixtures()));
					assertThat(response.statusCode()).as("%s as %s", entry.key(), role).isEqualTo(403);
					assertThat(withoutInstance(response.body())).as(entry.key()).doesNotContain(fixtures().get(STATION_USER));
				}));
	}

	/** {@code GET /api/v1/audit/checkpoints/latest} answers 404 until a checkpoint exists: export one first. */
	@BeforeEach
	void anAuditCheckpointExists() {
		FIXTURES.computeIfAbsent("checkpoint", k -> {
			HttpResponse<String> export = SignIn.send(http, HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit/checkpoints"))
				.header("Authorization", "Bearer " + SignIn.token(port, "admin"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
			assertThat(export.statusCode()).as("audit checkpoint export").isEqualTo(201);
			return "exported";
		});
	}

	@TestFactory
	Stream<DynamicTest> signedInUsersWithTheRightReachReadEndpoints() {
		return ALL.stream().filter(e -> e.access() != Access.PUBLIC && e.access() != Access.SIGNED
				&& e.method().equals("GET"))
			.map(entry -> DynamicTest.dynamicTest(entry.key(), () -> {
				Role role = entry.access() == Access.AUTHENTICATED ? Role.ANALYST : Role.ADMIN;
				HttpResponse<String> response = as(role, entry, entry.path(fixtures()));
				assertThat(response.statusCode()).as("%s as %s", entry.key(), role).isBetween(200, 399);
				assertThat(location(response)).as(entry.key()).doesNotEndWith("/login");
			}));
	}

	@TestFactory
	Stream<DynamicTest> stationUsersGet404ForAnotherStationsObjects() {
		return ALL.stream().filter(e -> e.outsideScope() != null).map(entry -> DynamicTest.dynamicTest(entry.key(), () -> {
			String target = fixtures().get(STATION_USER);
			String path = Entry.fill(entry.outsideScope(), fixtures());
			HttpResponse<String> response = entry.api()
					? callApi(entry, path, SignIn.token(port, stationAdmin(), TestUsers.PASSWORD))
					: callPage(entry, path, SignIn.browser(port, stationAdmin(), TestUsers.PASSWORD));
			assertThat(response.statusCode()).as(entry.key()).isEqualTo(404);
			assertThat(withoutInstance(response.body())).as("no data of the object")
				.doesNotContain(target)
				.doesNotContain("WB01")
				.doesNotContain("测试 mx-wb01");
		}));
	}

	private HttpResponse<String> as(Role role, Entry entry, String path) {
		String[] user = ROLE_USERS.computeIfAbsent(role, r -> new String[] { TestUsers.create(users, "mx-" + r.name(), "WB", r) });
		return entry.api() ? callApi(entry, path, SignIn.token(port, user[0], TestUsers.PASSWORD))
				: callPage(entry, path, SignIn.browser(port, user[0], TestUsers.PASSWORD));
	}

	private String stationAdmin() {
		return FIXTURES.computeIfAbsent("wb02-admin", k -> TestUsers.create(users, "mx-wb02", "WB02", Role.ADMIN));
	}

	/** Every placeholder's value: the station user this test creates, then every module's fixtures. */
	private Map<String, String> fixtures() {
		FIXTURES.computeIfAbsent(STATION_USER, k -> TestUsers.create(users, "mx-wb01", "WB01", Role.OFFICER));
		Map<String, String> map = new HashMap<>();
		map.put(STATION_USER, FIXTURES.get(STATION_USER));
		for (String placeholder : declaredFixtures().keySet()) {
			map.put(placeholder, fixture(placeholder));
		}
		return map;
	}

	private static Map<String, MatrixRows.Fixture> declaredFixtures() {
		Map<String, MatrixRows.Fixture> all = new LinkedHashMap<>();
		for (MatrixRows rows : MODULE_ROWS) {
			rows.fixtures().forEach((placeholder, fixture) -> {
				if (all.putIfAbsent(placeholder, fixture) != null) {
					throw new IllegalStateException(placeholder + " is declared by two modules' MatrixRows");
				}
			});
		}
		return all;
	}

	/** One placeholder's value, resolved once per JVM (a fixture may ask for another). */
	private synchronized String fixture(String placeholder) {
		String known = FIXTURES.get(placeholder);
		if (known != null) {
			return known;
		}
		MatrixRows.Fixture fixture = declaredFixtures().get(placeholder);
		if (fixture == null) {
			throw new IllegalStateException("No MatrixRows declares the fixture " + placeholder);
		}
		String value = fixture.resolve(new MatrixRows.FixtureContext() {

			@Override
			public String fixture(String other) {
				return AuthorizationMatrixTests.this.fixture(other);
			}

			@Override
			public JsonNode get(String path) {
				return adminCall("GET", path, null, 200);
			}

			@Override
			public JsonNode post(String path, String body) {
				return adminCall("POST", path, body, 0);
			}
		});
		FIXTURES.put(placeholder, value);
		return value;
	}

	private JsonNode adminCall(String method, String path, String body, int expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + SignIn.token(port, "admin"));
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		HttpResponse<String> response = SignIn.send(http, request.build());
		if (expected != 0) {
			assertThat(response.statusCode()).as("fixture %s %s: %s", method, path, response.body()).isEqualTo(expected);
		}
		else {
			assertThat(response.statusCode()).as("fixture %s %s: %s", method, path, response.body()).isBetween(200, 299);
		}
		return json.readTree(response.body());
	}

	private HttpResponse<String> callApi(Entry entry, String path, String token) {
		String body = entry.body() != null ? entry.body() : (entry.method().equals("GET") ? null : "{}");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.method(entry.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			// a body that is not JSON is a CSV upload
			request.header("Content-Type", body.startsWith("{") || body.startsWith("[") ? "application/json" : "text/csv");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return SignIn.send(http, request.build());
	}

	private HttpResponse<String> callPage(Entry entry, String path, SignIn.Browser browser) {
		if (STREAMING.contains(entry.key())) {
			return head(browser, path);
		}
		return entry.method().equals("GET") ? browser.get(path) : browser.post(path, new LinkedHashMap<>());
	}

	/** A GET of a stream: the status and headers only, the body (an endless event stream) is closed unread. */
	private HttpResponse<String> head(SignIn.Browser browser, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/event-stream, */*;q=0.8")
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = browser.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
			String body;
			try (InputStream in = response.body()) {
				boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
				body = stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			return new Head(response, body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response whose body was read (or skipped) separately. */
	private record Head(HttpResponse<InputStream> response, String body) implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return response.statusCode();
		}

		@Override
		public HttpRequest request() {
			return response.request();
		}

		@Override
		public java.util.Optional<HttpResponse<String>> previousResponse() {
			return java.util.Optional.empty();
		}

		@Override
		public java.net.http.HttpHeaders headers() {
			return response.headers();
		}

		@Override
		public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
			return response.sslSession();
		}

		@Override
		public URI uri() {
			return response.uri();
		}

		@Override
		public HttpClient.Version version() {
			return response.version();
		}
	}

	/** The problem's {@code instance} only echoes the path the caller asked for. */
	private static String withoutInstance(String body) {
		return body.replaceAll("\"instance\"\\s*:\\s*\"[^\"]*\"", "");
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/** Every handler method by "METHOD /pattern", without the error controller. */
	private Map<String, HandlerMethod> handlers() {
		Map<String, HandlerMethod> result = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (ErrorController.class.isAssignableFrom(e.getValue().getBeanType())) {
				continue;
			}
			Set<String> methods = e.getKey().getMethodsCondition().getMethods().stream().map(Enum::name)
				.collect(Collectors.toCollection(TreeSet::new));
			if (methods.isEmpty()) {
				methods = Set.of("ANY");
			}
			for (String pattern : e.getKey().getPatternValues()) {
				for (String method : methods) {
					result.put(method + " " + pattern, e.getValue());
				}
			}
		}
		return result;
	}
}
