package org.shouwang.antifraud;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.antifraud.internal.SignatureVerifier;
import org.shouwang.security.Role;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;
import org.shouwang.security.TestUsers;
import org.shouwang.security.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The order API end to end: signed intake, hand entry, CSV, steps, outcome, scope, masking, escalation. */
@ShouwangTest
@RecordApplicationEvents
class AntifraudApiTests {

	/** A point inside a grid of WB01 南桥, as JSON. */
	String wb01Location;

	double[] wb01;

	@Autowired
	org.shouwang.geography.Grids grids;

	@LocalServerPort
	int port;

	@Autowired
	WarningSources sources;

	@Autowired
	FraudWarnings warnings;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private String source;

	private byte[] key;

	@BeforeEach
	void aSource() {
		wb01 = wb01(grids);
		wb01Location = "{\"lat\":" + wb01[0] + ",\"lng\":" + wb01[1] + ",\"address\":\"平原路 88 号\"}";
		source = "T-" + UUID.randomUUID().toString().substring(0, 8);
		key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		SystemActor.run(SystemActor.SYSTEM, () -> sources.register(source, "测试反诈中心", key, false));
	}

	@Test
	void aSignedOrderIsRoutedToTheVictimsStationWithItsDeadlines() throws Exception {
		String external = "E-" + UUID.randomUUID();
		String body = order(external, "HIGH", wb01Location);
		HttpResponse<String> response = signed(body, now(), key);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode order = json.readTree(response.body());
		assertThat(order.get("stationCode").asString()).isEqualTo("WB01");
		assertThat(order.get("routedTo").asString()).isEqualTo("STATION");
		assertThat(order.get("victimPhone").asString()).isEqualTo("139****5678");
		assertThat(order.get("status").asString()).isEqualTo("NEW");
		Instant received = Instant.parse(order.get("receivedAt").asString());
		assertThat(Instant.parse(order.get("contactDeadline").asString())).isEqualTo(received.plus(Duration.ofMinutes(10)));
		assertThat(Instant.parse(order.get("visitDeadline").asString())).isEqualTo(received.plus(Duration.ofHours(2)));
		assertThat(order.get("number").asString()).matches("YJ\\d{10}");

		// the centre resends the same order (a new request, so a new timestamp): the earlier one, not a second
		HttpResponse<String> again = signed(body, now() + 1, key);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json.readTree(again.body()).get("id").asString()).isEqualTo(order.get("id").asString());
		assertThat(count(external)).isEqualTo(1);
	}

	@Test
	void anOrderWithoutALocationGoesToTheDutyDesk() throws Exception {
		HttpResponse<String> response = signed(order("E-" + UUID.randomUUID(), "低", null), now(), key);
		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode order = json.readTree(response.body());
		assertThat(order.get("stationCode").isNull()).isTrue();
		assertThat(order.get("routedTo").asString()).isEqualTo("DUTY_DESK");
		assertThat(order.get("riskLevel").asString()).isEqualTo("LOW");
	}

	@Test
	void badStaleOrReplayedSignaturesAreRefusedAndChangeNothing() throws Exception {
		String external = "E-" + UUID.randomUUID();
		String body = order(external, "HIGH", wb01Location);
		byte[] other = new byte[32];
		assertThat(signed(body, now(), other).statusCode()).isEqualTo(401);
		assertThat(signed(body, now() - 3600, key).statusCode()).isEqualTo(401);
		assertThat(send(post("/api/v1/antifraud/intake/" + source, body).build()).statusCode()).isEqualTo(401);
		assertThat(send(post("/api/v1/antifraud/intake/NO-SUCH", body).build()).statusCode()).isEqualTo(401);
		assertThat(count(external)).isZero();

		long ts = now();
		String signature = "sha256=" + SignatureVerifier.hmac(key, Long.toString(ts), body.getBytes(StandardCharsets.UTF_8));
		assertThat(send(signedRequest(body, ts, signature)).statusCode()).isEqualTo(201);
		HttpResponse<String> replay = send(signedRequest(body, ts, signature));
		assertThat(replay.statusCode()).isEqualTo(401);
		assertThat(replay.body()).contains("replay");
		assertThat(count(external)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'FRAUD_WARNING_REFUSED' AND object_id = ?")
			.param(source).query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aMalformedSignedBodyIs400() throws Exception {
		HttpResponse<String> response = signed("{\"externalId\":\"x\",\"riskLevel\":\"URGENT\",\"fraudType\":\"?\"}", now(), key);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("riskLevel", "fraudType", "victimPhone");
		assertThat(signed("not json", now(), key).statusCode()).isEqualTo(400);
	}

	@Test
	void theStationOfficerTakesAnOrderToDissuadedAndTheFiguresMove() throws Exception {
		String officer = TestUsers.create(users, "af-wb01", "WB01", Role.OFFICER);
		String token = SignIn.token(port, officer, TestUsers.PASSWORD);
		String key = UUID.randomUUID().toString();
		String body = order(null, "中", wb01Location);
		HttpResponse<String> created = send(post("/api/v1/antifraud/warnings", body).header("Idempotency-Key", key)
			.header("Authorization", "Bearer " + token).build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json.readTree(created.body()).get("id").asString();
		HttpResponse<String> replay = send(post("/api/v1/antifraud/warnings", body).header("Idempotency-Key", key)
			.header("Authorization", "Bearer " + token).build());
		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(json.readTree(replay.body()).get("id").asString()).isEqualTo(id);
		assertThat(send(post("/api/v1/antifraud/warnings", order(null, "高", wb01Location)).header("Idempotency-Key", key)
			.header("Authorization", "Bearer " + token).build()).statusCode()).isEqualTo(422);
		assertThat(send(post("/api/v1/antifraud/warnings", body).header("Authorization", "Bearer " + token).build())
			.statusCode()).isEqualTo(400);

		String base = "/api/v1/antifraud/warnings/" + id;
		// dissuaded before the victim is reached: refused
		assertThat(send(post(base + "/outcome", "{\"outcome\":\"DISSUADED\",\"lossAvoided\":1000}")
			.header("Authorization", "Bearer " + token).build()).statusCode()).isEqualTo(409);
		assertThat(send(post(base + "/contact", "{\"method\":\"CALL_96110\"}").header("Authorization", "Bearer " + token)
			.build()).statusCode()).isEqualTo(200);
		assertThat(send(post(base + "/visit", "{\"checklist\":[\"CALL_LOG_CHECKED\",\"CHATS_CHECKED\",\"APPS_CHECKED\","
				+ "\"TRANSFERS_CHECKED\",\"ASKED\",\"PROTECTED\"]}").header("Authorization", "Bearer " + token).build())
			.statusCode()).isEqualTo(200);
		assertThat(send(post(base + "/outcome", "{\"outcome\":\"DISSUADED\"}").header("Authorization", "Bearer " + token)
			.build()).statusCode()).isEqualTo(400);
		HttpResponse<String> closed = send(post(base + "/outcome", "{\"outcome\":\"DISSUADED\",\"lossAvoided\":48000}")
			.header("Authorization", "Bearer " + token).build());
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		JsonNode view = json.readTree(closed.body());
		assertThat(view.get("status").asString()).isEqualTo("CLOSED");
		assertThat(view.get("outcome").asString()).isEqualTo("DISSUADED");
		assertThat(view.get("contactedInTime").asBoolean()).isTrue();
		assertThat(view.get("checklist")).hasSize(6);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'FraudWarning' AND object_id = ?")
			.param(id).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void alreadyDefraudedPublishesTheEventForTheCaseWork() {
		FraudWarnings.Intake intake = SystemActor.call(SystemActor.SYSTEM, () -> warnings.create(UUID.randomUUID().toString(),
				new WarningInput(null, "13900001234", new WarningInput.Location(wb01[0], wb01[1], null), "HIGH",
						"IMPERSONATING_AUTHORITIES", "+852 12345678", null, null)));
		UUID id = intake.warning().id();
		SystemActor.run(SystemActor.SYSTEM, () -> {
			warnings.recordContact(id, ContactMethod.CALL_96110, null);
			warnings.close(id, new OutcomeInput(WarningOutcome.DEFRAUDED, null, 86_000L, "6222 0200 0000 0000", "已转账"));
		});
		assertThat(events.stream(FraudVictimDefrauded.class)).singleElement().satisfies(e -> {
			assertThat(e.warningId()).isEqualTo(id);
			assertThat(e.lossAmount()).isEqualTo(86_000);
			assertThat(e.urgentStopAccount()).isEqualTo("6222 0200 0000 0000");
			assertThat(e.stationCode()).isEqualTo("WB01");
		});
		assertThat(events.stream(org.shouwang.platform.indicators.IndicatorRecordChanged.class)
			.filter(e -> e.recordId().equals(id))).hasSize(3);
	}

	@Test
	void aStationSeesOnlyItsOwnOrdersAndPhonesAreMaskedUnlessUnmasked() throws Exception {
		FraudWarnings.Intake duty = SystemActor.call(SystemActor.SYSTEM, () -> warnings.create(UUID.randomUUID().toString(),
				new WarningInput(null, "13900009999", null, "LOW", "OTHER", null, null, null)));
		String other = TestUsers.create(users, "af-wb02", "WB02", Role.OFFICER);
		String token = SignIn.token(port, other, TestUsers.PASSWORD);
		HttpResponse<String> hidden = send(get("/api/v1/antifraud/warnings/" + duty.warning().id(), token));
		assertThat(hidden.statusCode()).isEqualTo(404);
		assertThat(hidden.body()).doesNotContain("9999");
		JsonNode page = json.readTree(send(get("/api/v1/antifraud/warnings?open=false&size=200", token)).body());
		assertThat(page.get("items")).allSatisfy(item -> assertThat(item.get("stationCode").asString()).isEqualTo("WB02"));
		assertThat(page.get("total").asLong()).isPositive();

		String admin = SignIn.token(port, "admin");
		String path = "/api/v1/antifraud/warnings/" + duty.warning().id();
		assertThat(json.readTree(send(get(path, admin)).body()).get("victimPhone").asString()).isEqualTo("139****9999");
		HttpResponse<String> full = send(get(path + "/victim-phone", admin));
		assertThat(full.body()).contains("13900009999");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'READ_UNMASKED' AND object_id = ?")
			.param(duty.warning().id().toString()).query(Long.class).single()).isEqualTo(1);
		assertThat(send(get(path + "/victim-phone", SignIn.token(port, "analyst"))).statusCode()).isEqualTo(403);
	}

	@Test
	void anOrderNotContactedByItsDeadlineEscalatesAndShowsOverdue() {
		FraudWarnings.Intake intake = SystemActor.call(SystemActor.SYSTEM, () -> warnings.create(UUID.randomUUID().toString(),
				new WarningInput(null, "13900004321", new WarningInput.Location(wb01[0], wb01[1], null), "HIGH",
						"FAKE_LOAN", null, null, null)));
		UUID id = intake.warning().id();
		Instant late = intake.warning().contactDeadline().plusSeconds(60);
		int escalated = SystemActor.call(SystemActor.SYSTEM, () -> warnings.escalateOverdue(late));
		assertThat(escalated).isPositive();
		WarningView view = SystemActor.call(SystemActor.SYSTEM, () -> warnings.get(id));
		assertThat(view.escalationReason()).isEqualTo("CONTACT");
		assertThat(view.escalatedAt()).isNotNull();
		assertThat(events.stream(FraudWarningOverdue.class).filter(e -> e.warningId().equals(id))).hasSize(1);
		// once per deadline
		SystemActor.run(SystemActor.SYSTEM, () -> warnings.escalateOverdue(late.plusSeconds(30)));
		assertThat(events.stream(FraudWarningOverdue.class).filter(e -> e.warningId().equals(id))).hasSize(1);
	}

	@Test
	void aCsvBatchImportsWholeOrNotAtAll() throws Exception {
		String admin = SignIn.token(port, "admin");
		String a = "C-" + UUID.randomUUID();
		String b = "C-" + UUID.randomUUID();
		String good = "指令编号,受害人电话,纬度,经度,风险等级,诈骗类型\n" + a + ",13800000001," + wb01[0] + "," + wb01[1] + ",高,刷单返利\n" + b
				+ ",13800000002,,,低,虚假网络贷款\n";
		String bad = good.replace(a, "C-" + UUID.randomUUID()).replace(b, "C-" + UUID.randomUUID())
				+ "C-x,12,,,极高,刷单返利\n";
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/antifraud/warnings/import"))
			.header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(bad.getBytes(java.nio.charset.Charset.forName("GB18030")))).build());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("row 4: victimPhone", "row 4: riskLevel");
		HttpResponse<String> imported = send(HttpRequest.newBuilder(uri("/api/v1/antifraud/warnings/import"))
			.header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(good.getBytes(java.nio.charset.Charset.forName("GB18030")))).build());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(json.readTree(imported.body()).get("created").asInt()).isEqualTo(2);
		assertThat(count(a)).isEqualTo(1);
		HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/api/v1/antifraud/warnings/import"))
			.header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(good)).build());
		assertThat(json.readTree(again.body()).get("created").asInt()).isZero();
		assertThat(count(a)).isEqualTo(1);
	}

	// ---- helpers

	private long count(String externalId) {
		return jdbc.sql("SELECT count(*) FROM fraud_warning WHERE external_id = ?").param(externalId).query(Long.class).single();
	}

	static String order(String externalId, String risk, String location) {
		return "{" + (externalId == null ? "" : "\"externalId\":\"" + externalId + "\",")
				+ "\"victimPhone\":\"13912345678\",\"riskLevel\":\"" + risk + "\",\"fraudType\":\"FAKE_INVESTMENT\","
				+ "\"suspiciousContact\":\"17000000000\"" + (location == null ? "" : ",\"location\":" + location) + "}";
	}

	private static long now() {
		return Instant.now().getEpochSecond();
	}

	private HttpResponse<String> signed(String body, long timestamp, byte[] key) {
		return send(signedRequest(body, timestamp,
				"sha256=" + SignatureVerifier.hmac(key, Long.toString(timestamp), body.getBytes(StandardCharsets.UTF_8))));
	}

	private HttpRequest signedRequest(String body, long timestamp, String signature) {
		return post("/api/v1/antifraud/intake/" + source, body).header("X-Timestamp", Long.toString(timestamp))
			.header("X-Signature", signature)
			.build();
	}

	private HttpRequest.Builder post(String path, String body) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpRequest get(String path, String token) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
			.header("Authorization", "Bearer " + token).GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An inner point of the first grid of WB01 (lat, lng). */
	static double[] wb01(org.shouwang.geography.Grids grids) {
		org.locationtech.jts.geom.Point p = grids.ofStation("WB01").get(0).geometry().getInteriorPoint();
		return new double[] { p.getY(), p.getX() };
	}

	static String hex(byte[] key) {
		return HexFormat.of().formatHex(key);
	}

	static EnumSet<ChecklistItem> all() {
		return EnumSet.allOf(ChecklistItem.class);
	}
}
