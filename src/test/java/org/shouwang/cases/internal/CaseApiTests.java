package org.shouwang.cases.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.command.CriminalCaseOpened;
import org.shouwang.command.IncidentCategory;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.security.Role;
import org.shouwang.security.SignIn;
import org.shouwang.security.TestUsers;
import org.shouwang.security.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case API end to end: opening (idempotent), the guarded lifecycle (409 and nothing changed), persons with masked
 * ID numbers and audited unmasking, apprehensions and the 48-hour withdrawal, the station scope, bad input, the
 * figures a change moves, and cases opened from incidents (once, however often the event arrives).
 */
@ShouwangTest
class CaseApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseIndicators indicators;

	@Autowired
	FugitiveWithdrawals withdrawals;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private String investigator() {
		return SignIn.token(port, TestUsers.create(users, "cs-inv", "WB01", Role.INVESTIGATOR), TestUsers.PASSWORD);
	}

	/** A 南桥派出所 (WB01) officer who handles cases: the station scope. */
	private String wb01() {
		return SignIn.token(port, TestUsers.create(users, "cs-nq", "WB01", Role.INVESTIGATOR), TestUsers.PASSWORD);
	}

	private String newCase(String token, String title) throws Exception {
		HttpResponse<String> created = send(token, "POST", "/api/v1/cases",
				"{\"offence\":\"THEFT\",\"source\":\"WALK_IN\",\"title\":\"" + title + "\",\"stationCode\":\"WB01\"}", null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).get("id").asString();
	}

	@Test
	void aCaseIsOpenedOnceRegisteredApprehendedAndSolvedOnlyWithTheThreeConditions() throws Exception {
		String token = investigator();
		String key = "cs-" + UUID.randomUUID();
		String body = "{\"offence\":\"THEFT\",\"source\":\"WALK_IN\",\"title\":\"测试盗窃案 api\",\"stationCode\":\"WB01\"}";
		HttpResponse<String> created = send(token, "POST", "/api/v1/cases", body, key);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode c = json(created);
		String id = c.get("id").asString();
		assertThat(c.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(c.get("kind").asString()).isEqualTo("CRIMINAL");
		assertThat(c.get("number").asString()).matches("XS-\\d{4}-\\d{6}");
		HttpResponse<String> replay = send(token, "POST", "/api/v1/cases", body, key);
		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(json(replay).get("id").asString()).isEqualTo(id);

		// solving before investigating is refused and changes nothing
		assertProblem(send(token, "POST", "/api/v1/cases/" + id + "/solve", allThree(), null), 409);
		assertThat(json(ok(send(token, "POST", "/api/v1/cases/" + id + "/register", null, null))).get("status").asString())
			.isEqualTo("REGISTERED");
		ok(send(token, "POST", "/api/v1/cases/" + id + "/investigate", null, null));

		HttpResponse<String> person = send(token, "POST", "/api/v1/cases/" + id + "/persons",
				"{\"role\":\"SUSPECT\",\"name\":\"测试嫌疑人\",\"sex\":\"MALE\",\"birthYear\":1990,\"idNumber\":\"410702199001011234\"}",
				null);
		assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
		String personId = json(person).get("id").asString();
		assertThat(json(person).get("idNumber").asString()).isEqualTo("410702********1234");

		String before = ok(send(token, "GET", "/api/v1/cases/" + id, null, null)).body();
		HttpResponse<String> refused = send(token, "POST", "/api/v1/cases/" + id + "/solve",
				"{\"factsProven\":true,\"actProven\":true,\"mainSuspectInCustody\":false}", null);
		assertProblem(refused, 409);
		assertThat(refused.body()).contains("mainSuspectInCustody");
		assertThat(ok(send(token, "GET", "/api/v1/cases/" + id, null, null)).body()).isEqualTo(before);

		HttpResponse<String> apprehension = send(token, "POST", "/api/v1/cases/" + id + "/apprehensions",
				"{\"personId\":\"" + personId + "\",\"place\":\"平原路\",\"commandSupported\":true}", null);
		assertThat(apprehension.statusCode()).as(apprehension.body()).isEqualTo(201);

		IndicatorPeriod thisYear = IndicatorPeriod.year(OffsetDateTime.now(IndicatorPeriod.ZONE).getYear());
		long solvedBefore = indicators.count("CRIMINAL_CASES_SOLVED", thisYear, null);
		JsonNode solved = json(ok(send(token, "POST", "/api/v1/cases/" + id + "/solve", allThree(), null)));
		assertThat(solved.get("status").asString()).isEqualTo("SOLVED");
		assertThat(solved.get("mainSuspectInCustody").asBoolean()).isTrue();
		assertThat(indicators.count("CRIMINAL_CASES_SOLVED", thisYear, null)).isEqualTo(solvedBefore + 1);
		assertThat(indicators.factsOf("Case", UUID.fromString(id))).extracting(f -> f.indicatorCode())
			.contains("CRIMINAL_CASES_SOLVED", "CRIMINAL_CASES_REGISTERED").doesNotContain("COMMAND_ASSISTED_CASES_SOLVED");
		List<String> timeline = solved.get("timeline").valueStream().map(e -> e.get("type").asString()).toList();
		assertThat(timeline).containsSubsequence("OPENED", "REGISTERED", "INVESTIGATING", "APPREHENSION", "SOLVED");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'Case' AND object_id = ? ORDER BY seq")
			.param(id).query(String.class).list()).containsSubsequence("CREATE", "REGISTER", "INVESTIGATE", "SOLVE");
		// a solved case is transferred for prosecution, then reopened with a reason (counted)
		ok(send(token, "POST", "/api/v1/cases/" + id + "/transfer-for-prosecution", null, null));
		assertProblem(send(token, "POST", "/api/v1/cases/" + id + "/reopen", "{\"reason\":\" \"}", null), 400);
		JsonNode reopened = json(ok(send(token, "POST", "/api/v1/cases/" + id + "/reopen", "{\"reason\":\"退回补充侦查\"}", null)));
		assertThat(reopened.get("status").asString()).isEqualTo("INVESTIGATING");
		assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
		assertThat(indicators.count("CRIMINAL_CASES_SOLVED", thisYear, null)).isEqualTo(solvedBefore);
		assertThat(indicators.factsOf("Case", UUID.fromString(id))).extracting(f -> f.indicatorCode()).contains("REOPENED_CASES");
	}

	@Test
	void anAdministrativeCaseIsDecidedThenConcluded() throws Exception {
		String token = investigator();
		HttpResponse<String> created = send(token, "POST", "/api/v1/cases",
				"{\"offence\":\"FIGHTING\",\"source\":\"WALK_IN\",\"title\":\"测试殴打他人案\",\"stationCode\":\"WB01\"}", null);
		String id = json(created).get("id").asString();
		assertThat(json(created).get("kind").asString()).isEqualTo("ADMINISTRATIVE");
		assertProblem(send(token, "POST", "/api/v1/cases/" + id + "/register", null, null), 409);
		ok(send(token, "POST", "/api/v1/cases/" + id + "/investigate", null, null));
		HttpResponse<String> noAmount = send(token, "POST", "/api/v1/cases/" + id + "/decide", "{\"penalty\":\"FINE\"}", null);
		assertProblem(noAmount, 400);
		assertThat(noAmount.body()).contains("fineYuan");
		assertThat(json(ok(send(token, "GET", "/api/v1/cases/" + id, null, null))).get("status").asString()).isEqualTo("INVESTIGATING");
		assertProblem(send(token, "POST", "/api/v1/cases/" + id + "/decide", "{\"penalty\":\"NONSENSE\"}", null), 400);
		ok(send(token, "POST", "/api/v1/cases/" + id + "/decide", "{\"penalty\":\"FINE\",\"fineYuan\":500}", null));
		JsonNode concluded = json(ok(send(token, "POST", "/api/v1/cases/" + id + "/conclude", null, null)));
		assertThat(concluded.get("status").asString()).isEqualTo("CONCLUDED");
		assertThat(concluded.get("penalty").asString()).isEqualTo("FINE");
		assertThat(indicators.factsOf("Case", UUID.fromString(id))).extracting(f -> f.indicatorCode())
			.containsExactly("ADMIN_CASES_HANDLED");
	}

	@Test
	void badInputIsRefusedWithFieldErrorsAndCreatesNothing() throws Exception {
		String token = investigator();
		long before = jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single();
		HttpResponse<String> response = send(token, "POST", "/api/v1/cases", "{\"source\":\"WALK_IN\",\"stationCode\":\"WB99\"}", null);
		assertProblem(response, 400);
		assertThat(response.body()).contains("offence").contains("title").contains("stationCode");
		assertProblem(send(token, "POST", "/api/v1/cases", "{\"offence\":", null), 400);
		assertProblem(send(token, "GET", "/api/v1/cases?kind=NOPE", null, null), 400);
		assertProblem(send(token, "GET", "/api/v1/cases?size=1000", null, null), 400);
		assertThat(jdbc.sql("SELECT count(*) FROM case_file").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aStationSeesOnlyItsOwnCases() throws Exception {
		String nanqiao = wb01();
		String commander = SignIn.token(port, "commander");
		JsonNode own = json(ok(send(nanqiao, "GET", "/api/v1/cases?size=200", null, null)));
		assertThat(own.get("total").asLong()).isPositive();
		own.get("items").forEach(i -> assertThat(i.get("stationCode").asString()).isEqualTo("WB01"));
		assertThat(json(ok(send(nanqiao, "GET", "/api/v1/cases?stationCode=WB02", null, null))).get("total").asLong()).isZero();
		JsonNode all = json(ok(send(commander, "GET", "/api/v1/cases?size=1", null, null)));
		assertThat(all.get("total").asLong()).isGreaterThan(own.get("total").asLong());

		JsonNode other = json(ok(send(commander, "GET", "/api/v1/cases?stationCode=WB02&kind=CRIMINAL&status=INVESTIGATING&size=1",
				null, null))).get("items").get(0);
		String id = other.get("id").asString();
		String number = other.get("number").asString();
		String before = ok(send(commander, "GET", "/api/v1/cases/" + id, null, null)).body();
		for (HttpResponse<String> r : List.of(send(nanqiao, "GET", "/api/v1/cases/" + id, null, null),
				send(nanqiao, "POST", "/api/v1/cases/" + id + "/withdraw", "{\"reason\":\"scope test\"}", null),
				send(nanqiao, "POST", "/api/v1/cases/" + id + "/persons", "{\"role\":\"WITNESS\",\"name\":\"x\"}", null))) {
			assertThat(r.statusCode()).isEqualTo(404);
			assertThat(r.body()).doesNotContain(number).doesNotContain("WB02");
		}
		assertThat(ok(send(commander, "GET", "/api/v1/cases/" + id, null, null)).body()).isEqualTo(before);
		// overdue lists and the unit queue are scoped the same way
		json(ok(send(nanqiao, "GET", "/api/v1/cases/overdue-stages?size=200", null, null))).get("items")
			.forEach(i -> assertThat(i.get("stationCode").asString()).isEqualTo("WB01"));
		json(ok(send(nanqiao, "GET", "/api/v1/cases/overdue-withdrawals?size=200", null, null))).get("items")
			.forEach(i -> assertThat(i.get("stationCode").asString()).isEqualTo("WB01"));
	}

	@Test
	void aSpecialisedUnitSeesItsOwnCasesAndThoseOfItsOperations() throws Exception {
		String xz = SignIn.token(port, TestUsers.create(users, "cs-xz", "WB-XZ", Role.INVESTIGATOR), TestUsers.PASSWORD);
		JsonNode list = json(ok(send(xz, "GET", "/api/v1/cases?size=200", null, null)));
		assertThat(list.get("total").asLong()).isPositive();
		for (JsonNode item : list.get("items")) {
			boolean own = item.get("responsibleUnit").asString().startsWith("WB-XZ");
			boolean viaOperation = !item.get("operationId").isNull();
			assertThat(own || viaOperation).as(item.toString()).isTrue();
		}
		String commander = SignIn.token(port, "commander");
		JsonNode station = json(ok(send(commander, "GET", "/api/v1/cases?unitCode=WB03&kind=ADMINISTRATIVE&size=1", null, null)))
			.get("items").get(0);
		assertThat(send(xz, "GET", "/api/v1/cases/" + station.get("id").asString(), null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void idNumbersAreMaskedAndUnmaskingNeedsThePermissionAndIsAudited() throws Exception {
		String nanqiao = wb01();
		String analyst = SignIn.token(port, "analyst");
		String id = json(ok(send(nanqiao, "GET", "/api/v1/cases?kind=CRIMINAL&status=PROSECUTION&size=1", null, null)))
			.get("items").get(0).get("id").asString();
		JsonNode detail = json(ok(send(nanqiao, "GET", "/api/v1/cases/" + id, null, null)));
		JsonNode person = detail.get("persons").get(0);
		assertThat(person.get("masked").asBoolean()).isTrue();
		assertThat(person.get("idNumber").asString()).contains("********");
		assertThat(json(ok(send(analyst, "GET", "/api/v1/cases/" + id, null, null))).get("persons").get(0).get("idNumber")
			.asString()).contains("********");
		String path = "/api/v1/cases/" + id + "/persons/" + person.get("id").asString() + "/unmasked";
		assertThat(send(analyst, "GET", path, null, null).statusCode()).isEqualTo(403);
		long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'READ_UNMASKED' AND object_id = ?")
			.param(person.get("id").asString()).query(Long.class).single();
		JsonNode unmasked = json(ok(send(nanqiao, "GET", path, null, null)));
		assertThat(unmasked.get("masked").asBoolean()).isFalse();
		assertThat(unmasked.get("idNumber").asString()).matches("\\d{17}[\\dX]");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'READ_UNMASKED' AND object_id = ?")
			.param(person.get("id").asString()).query(Long.class).single()).isEqualTo(audited + 1);
	}

	@Test
	void aFugitiveNotWithdrawnWithin48HoursIsListedFlaggedAndCounted() throws Exception {
		String token = investigator();
		String id = newCase(token, "测试在逃人员案");
		ok(send(token, "POST", "/api/v1/cases/" + id + "/register", null, null));
		String personId = json(send(token, "POST", "/api/v1/cases/" + id + "/persons", "{\"role\":\"SUSPECT\",\"name\":\"测试逃犯\"}",
				null)).get("id").asString();
		String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(50).toString();
		HttpResponse<String> created = send(token, "POST", "/api/v1/cases/" + id + "/apprehensions",
				"{\"personId\":\"" + personId + "\",\"place\":\"火车站\",\"onlineFugitive\":true,\"apprehendedAt\":\"" + at + "\"}", null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode a = json(created);
		assertThat(a.get("withdrawalOverdue").asBoolean()).isTrue();
		String apprehensionId = a.get("id").asString();
		assertThat(json(ok(send(token, "GET", "/api/v1/cases/overdue-withdrawals?size=200", null, null))).get("items")
			.valueStream().map(i -> i.get("id").asString()).toList()).contains(apprehensionId);
		assertThat(withdrawals.flagOverdue()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'WITHDRAWAL_OVERDUE' AND object_id = ?")
			.param(apprehensionId).query(Long.class).single()).isEqualTo(1);
		assertThat(indicators.factsOf("Apprehension", UUID.fromString(apprehensionId))).extracting(f -> f.indicatorCode())
			.contains("SUSPECTS_APPREHENDED", "FUGITIVES_CAPTURED", "OVERDUE_FUGITIVE_WITHDRAWALS");
		JsonNode withdrawn = json(ok(send(token, "POST", "/api/v1/cases/" + id + "/apprehensions/" + apprehensionId + "/withdrawal",
				null, null)));
		assertThat(withdrawn.get("withdrawnAt").isNull()).isFalse();
		assertThat(withdrawn.get("withdrawalOverdue").asBoolean()).as("withdrawn late").isTrue();
		assertProblem(send(token, "POST", "/api/v1/cases/" + id + "/apprehensions/" + apprehensionId + "/withdrawal", null, null),
				409);
	}

	@Test
	void anIncidentClearedAsCaseOpenedOpensOneCaseHoweverOftenTheEventArrives() throws Exception {
		UUID incident = UUID.randomUUID();
		CriminalCaseOpened event = new CriminalCaseOpened(incident, "JJ-TEST-" + incident.toString().substring(0, 8),
				IncidentCategory.CRIMINAL, "BURGLARY", "WB01", "WB01-001", 35.3, 113.85, "平原路1号", "入室盗窃",
				Instant.now().minusSeconds(3600), Instant.now());
		// Delivered, then delivered again once the first is complete (a redelivery after a crash never runs beside the
		// original; two identical publications completing at the same instant can leave one for the retry schedule).
		for (int delivery = 1; delivery <= 2; delivery++) {
			transaction.executeWithoutResult(s -> events.publishEvent(event));
			Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
			while (Instant.now().isBefore(deadline) && (linked(incident) == 0 || pending(incident) > 0)) {
				Thread.sleep(200);
			}
			assertThat(pending(incident)).as("delivery " + delivery + " handled").isZero();
		}
		assertThat(linked(incident)).isEqualTo(1);
		UUID caseId = jdbc.sql("SELECT case_id FROM case_incident WHERE incident_id = ?").param(incident).query(UUID.class).single();
		assertThat(jdbc.sql("SELECT offence || ' ' || status || ' ' || source FROM case_file WHERE id = ?").param(caseId)
			.query(String.class).single()).isEqualTo("BURGLARY ACCEPTED INCIDENT");
		JsonNode list = json(ok(send(wb01(), "GET", "/api/v1/cases?incidentId=" + incident, null, null)));
		assertThat(list.get("total").asLong()).isEqualTo(1);
	}

	private long linked(UUID incident) {
		return jdbc.sql("SELECT count(*) FROM case_incident WHERE incident_id = ?").param(incident).query(Long.class).single();
	}

	private long pending(UUID incident) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
			.param("%" + incident + "%").query(Long.class).single();
	}

	static String allThree() {
		return "{\"factsProven\":true,\"actProven\":true,\"mainSuspectInCustody\":true}";
	}

	private HttpResponse<String> send(String token, String method, String path, String body, String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
