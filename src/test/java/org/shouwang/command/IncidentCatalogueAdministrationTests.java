package org.shouwang.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.ConflictException;
import org.shouwang.security.SignIn;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.command.CommandClient.json;

/**
 * Administrators edit the incident catalogue ({@code /api/v1/incident-subtypes}, {@code /command/catalogue}):
 * create, change, deactivate and activate subtypes, each audited; nobody else may. The tests work on subtypes
 * of their own with fresh codes and deactivate them at the end, so the catalogue the other tests and the demo
 * use stays as it was.
 */
@ShouwangTest
class IncidentCatalogueAdministrationTests {

	private static final String API = "/api/v1/incident-subtypes";

	/** Tokens per server port and user (the token endpoint is rate-limited). */
	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncidentCatalogueAdministration administration;

	@Autowired
	PlatformTransactionManager transactions;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/** Subtypes this test created, deactivated afterwards. */
	private final List<String[]> created = new ArrayList<>();

	CommandClient dispatcher;

	@BeforeEach
	void client() {
		dispatcher = new CommandClient(port);
	}

	@AfterEach
	void deactivateTestSubtypes() {
		for (String[] subtype : created) {
			administration.deactivate(subtype[0], subtype[1]);
		}
	}

	// ---- API

	@Test
	void anAdministratorAddsChangesDeactivatesAndActivatesASubtypeEachAudited() throws Exception {
		String code = freshCode();
		HttpResponse<String> response = create("HELP", code, "测试落水", "Test drowning", 2, "WATER_RESCUE", 2, null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location")).hasValue(API + "/HELP/" + code);
		JsonNode subtype = json(response);
		assertThat(subtype.get("category").asString()).isEqualTo("HELP");
		assertThat(subtype.get("code").asString()).isEqualTo(code);
		assertThat(subtype.get("nameZh").asString()).isEqualTo("测试落水");
		assertThat(subtype.get("nameEn").asString()).isEqualTo("Test drowning");
		assertThat(subtype.get("defaultPriority").asInt()).isEqualTo(2);
		assertThat(subtype.get("requiredCapability").asString()).isEqualTo("WATER_RESCUE");
		assertThat(subtype.get("unitsNeeded").asInt()).isEqualTo(2);
		assertThat(subtype.get("active").asBoolean()).isTrue();
		// without a sort order it goes last, before the catch-all (其他求助, 99)
		assertThat(subtype.get("sortOrder").asInt()).isBetween(8, 98);
		assertThat(json(admin("GET", API + "/HELP/" + code, null))).isEqualTo(subtype);
		assertThat(codes(admin("GET", API + "?category=HELP&active=true", null))).contains(code, "DROWNING", "MISSING_ELDERLY")
			.doesNotContain("THEFT");
		assertThat(audit(code)).singleElement().satisfies(e -> assertThat(e).startsWith("CREATE").contains("测试落水"));

		HttpResponse<String> changed = admin("PUT", API + "/HELP/" + code, """
				{"nameZh":"测试落水（改）","nameEn":"Test drowning, changed","defaultPriority":1,"requiredCapability":null,
				 "unitsNeeded":3,"sortOrder":50}""");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(json(changed).get("nameZh").asString()).isEqualTo("测试落水（改）");
		assertThat(json(changed).get("defaultPriority").asInt()).isEqualTo(1);
		assertThat(json(changed).get("requiredCapability").isNull()).isTrue();
		assertThat(json(changed).get("unitsNeeded").asInt()).isEqualTo(3);
		assertThat(json(changed).get("sortOrder").asInt()).isEqualTo(50);
		assertThat(audit(code)).hasSize(2).last().satisfies(e -> assertThat(e).startsWith("UPDATE")
			.contains("defaultPriority", "unitsNeeded", "requiredCapability", "WATER_RESCUE")
			.doesNotContain("\"category\"", "\"code\""));

		HttpResponse<String> deactivated = admin("POST", API + "/HELP/" + code + "/deactivate", null);
		assertThat(deactivated.statusCode()).isEqualTo(200);
		assertThat(json(deactivated).get("active").asBoolean()).isFalse();
		assertThat(codes(admin("GET", API + "?category=HELP&active=false", null))).contains(code);
		assertThat(codes(admin("GET", API + "?category=HELP&active=true", null))).doesNotContain(code);
		// deactivating again changes nothing and records nothing
		assertThat(admin("POST", API + "/HELP/" + code + "/deactivate", null).statusCode()).isEqualTo(200);
		assertThat(audit(code)).hasSize(3).last().satisfies(e -> assertThat(e).startsWith("UPDATE").contains("active"));

		HttpResponse<String> activated = admin("POST", API + "/HELP/" + code + "/activate", null);
		assertThat(activated.statusCode()).isEqualTo(200);
		assertThat(json(activated).get("active").asBoolean()).isTrue();
		assertThat(audit(code)).hasSize(4);
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE object_type = 'IncidentSubtype' AND object_id = ?")
			.param("HELP/" + code).query(String.class).list()).containsOnly("admin");
	}

	@Test
	void everyoneWhoReadsIncidentsReadsTheCatalogueButOnlyAdministratorsChangeIt() throws Exception {
		HttpResponse<String> list = dispatcher.get(API + "?category=HELP");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(codes(list)).contains("MISSING_ELDERLY", "MISSING_CHILD", "SUDDEN_ILLNESS", "DROWNING");
		assertThat(json(dispatcher.get(API + "/HELP/DROWNING")).get("nameZh").asString()).isEqualTo("落水");

		String code = freshCode();
		String body = body("HELP", code, "不该存在", "Must not exist", 3, null, 1, null);
		assertThat(dispatcher.post(API, body).statusCode()).isEqualTo(403);
		assertThat(dispatcher.put(API + "/HELP/DROWNING", body).statusCode()).isEqualTo(403);
		assertThat(dispatcher.post(API + "/HELP/DROWNING/deactivate", null).statusCode()).isEqualTo(403);
		assertThat(dispatcher.post(API + "/HELP/DROWNING/activate", null).statusCode()).isEqualTo(403);
		assertThat(admin("GET", API + "/HELP/" + code, null).statusCode()).isEqualTo(404);
		assertThat(json(admin("GET", API + "/HELP/DROWNING", null)).get("active").asBoolean()).isTrue();
	}

	@Test
	void invalidInputIs400WithEveryFieldAndChangesNothing() throws Exception {
		long before = subtypes();
		long audited = auditEntries();
		HttpResponse<String> response = admin("POST", API, """
				{"category":null,"code":"lower case","nameZh":" ","nameEn":"%s","defaultPriority":5,
				 "unitsNeeded":11,"sortOrder":-1}""".formatted("x".repeat(65)));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(fields(response)).containsExactly("category", "code", "nameZh", "nameEn", "defaultPriority",
				"unitsNeeded", "sortOrder");

		HttpResponse<String> missing = admin("POST", API, "{}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(fields(missing)).containsExactly("category", "code", "nameZh", "nameEn", "defaultPriority", "unitsNeeded");
		assertThat(admin("POST", API, body("HELP", "X", "短", "Short", 1, null, 1, null)).statusCode()).isEqualTo(400);
		assertThat(admin("POST", API, body("HELP", "A_CODE_LONGER_THAN_24_CHARS", "长", "Long", 1, null, 1, null))
			.statusCode()).isEqualTo(400);

		HttpResponse<String> change = admin("PUT", API + "/HELP/DROWNING", """
				{"category":"FIRE","code":"SWIMMING","nameZh":"","nameEn":"Drowning","defaultPriority":0,"unitsNeeded":0}""");
		assertThat(change.statusCode()).isEqualTo(400);
		assertThat(fields(change)).containsExactly("category", "code", "nameZh", "defaultPriority", "unitsNeeded");

		assertThat(subtypes()).isEqualTo(before);
		assertThat(auditEntries()).isEqualTo(audited);
		JsonNode drowning = json(admin("GET", API + "/HELP/DROWNING", null));
		assertThat(drowning.get("nameZh").asString()).isEqualTo("落水");
		assertThat(drowning.get("defaultPriority").asInt()).isEqualTo(1);
		assertThat(drowning.get("unitsNeeded").asInt()).isEqualTo(1);
	}

	@Test
	void aCodeIsUniqueWithinItsCategoryAndUnknownSubtypesAre404() throws Exception {
		String code = freshCode();
		assertThat(create("HELP", code, "测试重复", "Test duplicate", 3, null, 1, 10).statusCode()).isEqualTo(201);
		long audited = auditEntries();

		HttpResponse<String> again = create("HELP", code, "测试重复二", "Test duplicate 2", 3, null, 1, 10);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains(code);
		assertThat(json(admin("GET", API + "/HELP/" + code, null)).get("nameZh").asString()).isEqualTo("测试重复");
		assertThat(auditEntries()).isEqualTo(audited);
		// another category may use the same code
		assertThat(create("OTHER", code, "测试其他", "Test other", 4, null, 1, 10).statusCode()).isEqualTo(201);

		String changes = body(null, null, "x", "x", 3, null, 1, null);
		assertThat(admin("PUT", API + "/HELP/NO_SUCH_SUBTYPE", changes).statusCode()).isEqualTo(404);
		assertThat(admin("PUT", API + "/NONSENSE/DROWNING", changes).statusCode()).isEqualTo(404);
		assertThat(admin("POST", API + "/HELP/NO_SUCH_SUBTYPE/deactivate", null).statusCode()).isEqualTo(404);
		assertThat(admin("POST", API + "/HELP/NO_SUCH_SUBTYPE/activate", null).statusCode()).isEqualTo(404);
		assertThat(admin("GET", API + "/HELP/NO_SUCH_SUBTYPE", null).statusCode()).isEqualTo(404);
	}

	@Test
	void theLastActiveSubtypeOfACategoryCannotBeDeactivated() {
		// In a transaction that is rolled back: FIRE narrowed to one active subtype, which then must stay.
		long audited = auditEntries();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("UPDATE incident_subtype SET active = false WHERE category = 'FIRE' AND code <> 'OTHER_FIRE'").update();
			assertThatThrownBy(() -> administration.deactivate("FIRE", "OTHER_FIRE")).isInstanceOf(ConflictException.class)
				.hasMessageMatching(".*(火灾|Fire).*");
			status.setRollbackOnly();
		});
		assertThat(administration.list(IncidentCategory.FIRE, true)).extracting(IncidentSubtype::code)
			.contains("BUILDING_FIRE", "VEHICLE_FIRE", "OTHER_FIRE");
		assertThat(auditEntries()).isEqualTo(audited);
	}

	@Test
	void aDeactivatedSubtypeIsRefusedAtIntakeButOldIncidentsKeepItsName() throws Exception {
		String code = freshCode();
		assertThat(create("HELP", code, "测试走失宠物", "Test missing pet", 3, null, 1, 20).statusCode()).isEqualTo(201);
		SignIn.Browser browser = browser("admin");
		assertThat(subtypeOptions(browser, "HELP")).contains("value=\"" + code + "\"", "测试走失宠物", "落水");

		// offered at intake as soon as it is saved (this node's catalogue reloads after the commit)
		JsonNode incident = dispatcher.create(CommandClient.incident("HELP", code));
		assertThat(incident.get("subtypeName").asString()).isEqualTo("测试走失宠物");
		assertThat(incident.get("priority").asInt()).isEqualTo(3);

		assertThat(admin("POST", API + "/HELP/" + code + "/deactivate", null).statusCode()).isEqualTo(200);

		HttpResponse<String> refused = dispatcher.intake(UUID.randomUUID().toString(),
				CommandClient.incident("HELP", code).toString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(fields(refused)).contains("subtype");
		String id = incident.get("id").asString();
		JsonNode old = json(dispatcher.get("/api/v1/incidents/" + id));
		assertThat(old.get("subtype").asString()).isEqualTo(code);
		assertThat(old.get("subtypeName").asString()).isEqualTo("测试走失宠物");
		assertThat(browser.get("/command/incidents/" + id).body()).contains("测试走失宠物");
		assertThat(subtypeOptions(browser, "HELP")).doesNotContain(code).contains("落水", "走失老人");

		// activated again, it is offered again
		assertThat(admin("POST", API + "/HELP/" + code + "/activate", null).statusCode()).isEqualTo(200);
		assertThat(subtypeOptions(browser, "HELP")).contains(code);
		assertThat(dispatcher.create(CommandClient.incident("HELP", code)).get("subtype").asString()).isEqualTo(code);
	}

	// ---- page

	@Test
	void theCataloguePageListsEveryCategoryAndAddsAndEditsSubtypes() throws Exception {
		SignIn.Browser browser = browser("admin");
		HttpResponse<String> page = browser.get("/command/catalogue");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("警情类别与细类", "走失老人", "走失儿童", "突发疾病", "落水", "Drowning", "MISSING_ELDERLY",
				"水上救援", "刑事", "治安", "交通", "火灾", "求助", "纠纷", "举报", "href=\"/command/catalogue\"", "name=\"_csrf\"");

		String code = freshCode();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("category", "HELP");
		form.put("code", code);
		form.put("nameZh", "测试页面细类");
		form.put("nameEn", "Test page subtype");
		form.put("defaultPriority", "2");
		form.put("requiredCapability", "");
		form.put("unitsNeeded", "1");
		form.put("sortOrder", "");
		HttpResponse<String> saved = browser.post("/command/catalogue", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		created.add(new String[] { "HELP", code });
		assertThat(saved.headers().firstValue("Location").orElse("")).contains("/command/catalogue#category-HELP");
		HttpResponse<String> after = browser.get("/command/catalogue");
		assertThat(after.body()).contains("测试页面细类", code, "已新增细类 " + code);
		assertThat(json(admin("GET", API + "/HELP/" + code, null)).get("defaultPriority").asInt()).isEqualTo(2);

		// errors are shown next to their fields, with what was typed, and nothing is saved
		form.put("code", code);
		form.put("nameZh", "");
		form.put("defaultPriority", "9");
		form.put("unitsNeeded", "abc");
		HttpResponse<String> invalid = browser.post("/command/catalogue", form);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("请修正标出的字段", "必填", "须在 1 到 4 之间", "格式不正确", "Test page subtype");
		form.put("nameZh", "测试页面细类");
		form.put("defaultPriority", "2");
		form.put("unitsNeeded", "1");
		HttpResponse<String> duplicate = browser.post("/command/catalogue", form);
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(duplicate.body()).contains(code, "field-error");

		HttpResponse<String> edit = browser.get("/command/catalogue/HELP/" + code + "/edit");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("测试页面细类", "Test page subtype", "HELP / " + code);
		Map<String, String> changes = new LinkedHashMap<>();
		changes.put("nameZh", "测试页面细类（改）");
		changes.put("nameEn", "Test page subtype, changed");
		changes.put("defaultPriority", "4");
		changes.put("requiredCapability", "NEGOTIATION");
		changes.put("unitsNeeded", "2");
		changes.put("sortOrder", "60");
		HttpResponse<String> updated = browser.post("/command/catalogue/HELP/" + code + "/edit", changes);
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(302);
		assertThat(browser.get("/command/catalogue").body()).contains("已保存细类 " + code, "测试页面细类（改）");
		JsonNode stored = json(admin("GET", API + "/HELP/" + code, null));
		assertThat(stored.get("nameZh").asString()).isEqualTo("测试页面细类（改）");
		assertThat(stored.get("requiredCapability").asString()).isEqualTo("NEGOTIATION");
		assertThat(stored.get("sortOrder").asInt()).isEqualTo(60);
		changes.put("unitsNeeded", "11");
		HttpResponse<String> tooMany = browser.post("/command/catalogue/HELP/" + code + "/edit", changes);
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("须在 1 到 10 之间");

		HttpResponse<String> deactivated = browser.post("/command/catalogue/HELP/" + code + "/deactivate", Map.of());
		assertThat(deactivated.statusCode()).isEqualTo(302);
		assertThat(browser.get("/command/catalogue").body()).contains("已停用细类 " + code);
		assertThat(json(admin("GET", API + "/HELP/" + code, null)).get("active").asBoolean()).isFalse();
		assertThat(browser.post("/command/catalogue/HELP/" + code + "/activate", Map.of()).statusCode()).isEqualTo(302);
		assertThat(json(admin("GET", API + "/HELP/" + code, null)).get("active").asBoolean()).isTrue();
		assertThat(browser.get("/command/catalogue/HELP/NO_SUCH_SUBTYPE/edit").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAdministratorsSeeThePageAndItsNavigationEntry() {
		SignIn.Browser dispatcherBrowser = browser("dispatcher");
		assertThat(dispatcherBrowser.get("/command").body()).doesNotContain("href=\"/command/catalogue\"");
		assertThat(dispatcherBrowser.get("/command/catalogue").statusCode()).isEqualTo(403);
		assertThat(browser("admin").get("/command").body()).contains("href=\"/command/catalogue\"");
	}

	@Test
	void theCataloguePageSpeaksEnglish() {
		SignIn.Browser browser = browser("admin");
		HttpResponse<String> page = browser.get("/command/catalogue?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Incident categories and subtypes", "Chinese name", "Drowning", "Water rescue",
				"Help", "Add subtype").doesNotContain("??");
		HttpResponse<String> edit = browser.get("/command/catalogue/HELP/DROWNING/edit");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("Edit subtype", "Category and code cannot be changed").doesNotContain("??");
	}

	// ---- helpers

	private HttpResponse<String> create(String category, String code, String nameZh, String nameEn, int priority,
			String capability, int units, Integer sortOrder) throws Exception {
		HttpResponse<String> response = admin("POST", API, body(category, code, nameZh, nameEn, priority, capability, units,
				sortOrder));
		if (response.statusCode() == 201) {
			created.add(new String[] { category, code });
		}
		return response;
	}

	private static String body(String category, String code, String nameZh, String nameEn, int priority,
			String capability, int units, Integer sortOrder) {
		return """
				{"category":%s,"code":%s,"nameZh":"%s","nameEn":"%s","defaultPriority":%d,"requiredCapability":%s,
				 "unitsNeeded":%d,"sortOrder":%s}""".formatted(quoted(category), quoted(code), nameZh, nameEn, priority,
				quoted(capability), units, sortOrder);
	}

	private static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	/** A code no other test or run has used: T_ and ten random letters. */
	private static String freshCode() {
		StringBuilder code = new StringBuilder("T_");
		for (int i = 0; i < 10; i++) {
			code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return code.toString();
	}

	private HttpResponse<String> admin(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token("admin"))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String token(String username) {
		return TOKENS.computeIfAbsent(port + "/" + username, k -> SignIn.token(port, username));
	}

	private SignIn.Browser browser(String username) {
		return SignIn.browser(port, username);
	}

	/** The intake form's subtype options for a category, as htmx asks for them. */
	private String subtypeOptions(SignIn.Browser browser, String category) throws Exception {
		HttpResponse<String> response = browser.client().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/command/subtypes?category=" + category))
			.header("HX-Request", "true")
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static List<String> codes(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> codes = new ArrayList<>();
		json(response).forEach(s -> codes.add(s.get("code").asString()));
		return codes;
	}

	private static List<String> fields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private long subtypes() {
		return jdbc.sql("SELECT count(*) FROM incident_subtype").query(Long.class).single();
	}

	private long auditEntries() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'IncidentSubtype'").query(Long.class).single();
	}

	private List<String> audit(String code) {
		return jdbc.sql("""
				SELECT action || ' ' || coalesce(changes, '') FROM audit_entry
				WHERE object_type = 'IncidentSubtype' AND object_id = ? ORDER BY seq""")
			.param("HELP/" + code)
			.query(String.class)
			.list();
	}
}
