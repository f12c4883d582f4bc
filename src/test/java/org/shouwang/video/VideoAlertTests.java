package org.shouwang.video;

import org.shouwang.video.internal.VideoAlerts;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shouwang.ShouwangTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics alert intake: HMAC signatures (good, bad, stale, replayed), JSON and CAP 1.2 (with an XXE
 * attempt), duplicate suppression, refused person-identification events, unknown cameras; an accepted alert
 * opens exactly one VIDEO_ALERT incident through the command centre's listener.
 */
@ShouwangTest
@ExtendWith(AsSystem.class)
class VideoAlertTests {

	@LocalServerPort
	int port;

	@Autowired
	AlertSources sources;

	@Autowired
	Cameras cameras;

	@Autowired
	VideoAlerts alerts;

	@Autowired
	JdbcClient jdbc;


	/** The external analytics system: no user token, the HMAC signature authenticates the intake. */
	VideoHttp api;

	/** The branch-wide dispatcher (camera:read) reading the received alerts. */
	VideoHttp reader;

	/** The administrator (camera:write) managing the alert sources. */
	VideoHttp admin;

	String source;

	byte[] key;

	String camera;

	@BeforeEach
	void setUp() {
		api = VideoHttp.unsigned(port);
		reader = VideoHttp.as(port, VideoHttp.READER);
		admin = VideoHttp.as(port, VideoHttp.WRITER);
		source = VideoHttp.code("T-AI");
		AlertSourceKey created = sources.create(source, "测试分析平台");
		key = HexFormat.of().parseHex(created.key());
		camera = VideoHttp.code("T-ALC");
		cameras.create(new CameraInput(camera, "告警测试", CameraSource.XUELIANG, 35.3021, 113.8526, 90, null, null, null, true));
	}

	private HttpResponse<String> post(String contentType, String body, long timestamp, String signature) throws Exception {
		return api.send("POST", "/api/v1/video/alerts/" + source, contentType, body.getBytes(StandardCharsets.UTF_8),
				Map.of("X-Timestamp", Long.toString(timestamp), "X-Signature", signature));
	}

	private HttpResponse<String> signed(String contentType, String body) throws Exception {
		long now = Instant.now().getEpochSecond();
		return post(contentType, body, now, sign(now, body));
	}

	private String sign(long timestamp, String body) {
		return "sha256=" + VideoAlerts.hmac(key, Long.toString(timestamp), body.getBytes(StandardCharsets.UTF_8));
	}

	private static String jsonAlert(String id, String camera, String event, OffsetDateTime at) {
		return """
				{"id": "%s", "cameraCode": "%s", "eventType": "%s", "occurredAt": "%s", "description": "区域入侵"}
				""".formatted(id, camera, event, at);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
	}

	@Test
	void aSignedJsonAlertOpensExactlyOneVideoIncidentOnTheBoardAndAReplayOpensNone() throws Exception {
		String body = jsonAlert("E-1", camera, "intrusion", now());
		long sent = Instant.now().getEpochSecond();
		HttpResponse<String> response = post("application/json", body, sent, sign(sent, body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode alert = api.json(response);
		assertThat(alert.get("cameraCode").asString()).isEqualTo(camera);
		assertThat(alert.get("stationCode").isNull()).isFalse();
		assertThat(alert.get("format").asString()).isEqualTo("JSON");
		UUID id = UUID.fromString(alert.get("id").asString());
		String number = VideoIncidentsSeen.ofAlert(jdbc, id);
		VideoIncidentsSeen.assertOnTheBoard(port, number, alert.get("stationCode").asString());
		assertThat(VideoIncidentsSeen.incidentsFor(jdbc, VideoAlertRaised.alertReference(id))).isEqualTo(1);

		// The very same signed request again is a replay (401) and opens nothing.
		assertThat(post("application/json", body, sent, sign(sent, body)).statusCode()).isEqualTo(401);
		HttpResponse<String> list = reader.get("/api/v1/video/received-alerts?cameraCode=" + camera);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		assertThat(reader.json(list).get("total").asLong()).isEqualTo(1);
		assertThat(reader.json(list).get("items").get(0).get("status").asString()).isEqualTo("OPENED");
		assertThat(reader.json(list).get("items").get(0).get("incidentRef").asString()).isEqualTo(number);
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE channel = 'VIDEO_ALERT' AND summary LIKE ?")
			.param("%" + camera + "%").query(Long.class).single()).isEqualTo(1);
		// Reading the received alerts takes a user's token; the source's signature is only good for the intake.
		assertThat(api.get("/api/v1/video/received-alerts?cameraCode=" + camera).statusCode()).isEqualTo(401);
	}

	@Test
	void badMissingStaleAndReplayedSignaturesAre401() throws Exception {
		String body = jsonAlert("E-2", camera, "intrusion", now());
		long now = Instant.now().getEpochSecond();
		HttpResponse<String> bad = post("application/json", body, now, "sha256=" + "0".repeat(64));
		assertThat(bad.statusCode()).isEqualTo(401);
		assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
		assertThat(api.json(bad).get("status").asInt()).isEqualTo(401);

		// Signed with another source's key.
		byte[] otherKey = new byte[32];
		HttpResponse<String> wrongKey = post("application/json", body, now,
				"sha256=" + VideoAlerts.hmac(otherKey, Long.toString(now), body.getBytes(StandardCharsets.UTF_8)));
		assertThat(wrongKey.statusCode()).isEqualTo(401);

		// The body changed after signing.
		assertThat(post("application/json", body.replace("E-2", "E-3"), now, sign(now, body)).statusCode()).isEqualTo(401);

		HttpResponse<String> missing = api.send("POST", "/api/v1/video/alerts/" + source, "application/json",
				body.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(missing.statusCode()).isEqualTo(401);

		long stale = now - Duration.ofMinutes(6).toSeconds();
		assertThat(post("application/json", body, stale, sign(stale, body)).statusCode()).isEqualTo(401);
		long future = now + Duration.ofMinutes(6).toSeconds();
		assertThat(post("application/json", body, future, sign(future, body)).statusCode()).isEqualTo(401);

		HttpResponse<String> unknownSource = api.send("POST", "/api/v1/video/alerts/NO-SUCH-SOURCE", "application/json",
				body.getBytes(StandardCharsets.UTF_8), Map.of("X-Timestamp", Long.toString(now), "X-Signature", sign(now, body)));
		assertThat(unknownSource.statusCode()).isEqualTo(401);

		assertThat(jdbc.sql("SELECT count(*) FROM video_alert WHERE source_code = ? AND external_id = 'E-2'").param(source)
			.query(Long.class).single()).isZero();

		HttpResponse<String> first = post("application/json", body, now, sign(now, body));
		assertThat(first.statusCode()).isEqualTo(201);
		HttpResponse<String> replay = post("application/json", body, now, sign(now, body));
		assertThat(replay.statusCode()).isEqualTo(401);
		assertThat(api.json(replay).get("detail").asString()).contains("replay");

		long refused = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'VIDEO_ALERT_REFUSED' AND object_id = ?")
			.param(source)
			.query(Long.class)
			.single();
		assertThat(refused).isGreaterThanOrEqualTo(6);
	}

	@Test
	void aDeactivatedSourceIsRefusedAndARotatedKeyReplacesTheOldOne() throws Exception {
		String body = jsonAlert("E-ROT", camera, "intrusion", now());
		sources.setActive(source, false);
		assertThat(signed("application/json", body).statusCode()).isEqualTo(401);
		sources.setActive(source, true);
		byte[] old = key;
		key = HexFormat.of().parseHex(sources.rotateKey(source).key());
		assertThat(key).isNotEqualTo(old);
		long now = Instant.now().getEpochSecond();
		assertThat(post("application/json", body, now,
				"sha256=" + VideoAlerts.hmac(old, Long.toString(now), body.getBytes(StandardCharsets.UTF_8))).statusCode())
			.isEqualTo(401);
		assertThat(signed("application/json", body).statusCode()).isEqualTo(201);
		// The key is never listed again (the list is the administrator's: camera:write).
		HttpResponse<String> listed = admin.get("/api/v1/video/alert-sources");
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		assertThat(listed.body()).contains(source).doesNotContain(HexFormat.of().formatHex(key));
		assertThat(reader.get("/api/v1/video/alert-sources").statusCode()).isEqualTo(403);
	}

	@Test
	void malformedBodiesAre400UnknownCamerasAre422() throws Exception {
		assertThat(signed("application/json", "{not json").statusCode()).isEqualTo(400);
		assertThat(signed("application/json", "[1, 2]").statusCode()).isEqualTo(400);
		assertThat(signed("application/json", "{\"id\": \"E-4\", \"cameraCode\": \"" + camera + "\"}").statusCode()).isEqualTo(400);
		assertThat(signed("application/json", jsonAlert("E-5", camera, "intrusion", now()).replaceAll("\\+08:00", ""))
			.statusCode()).isEqualTo(400);
		assertThat(signed("application/json", jsonAlert("E-6", camera, "bad event!", now())).statusCode()).isEqualTo(400);
		assertThat(signed("text/plain", "hello").statusCode()).isEqualTo(415);
		HttpResponse<String> unknown = signed("application/json", jsonAlert("E-7", "NO-SUCH-CAMERA", "intrusion", now()));
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(api.json(unknown).get("status").asInt()).isEqualTo(422);
	}

	@Test
	void personIdentificationEventsAreRefused() throws Exception {
		for (String event : new String[] { "face_match", "person_reid", "Face Recognition", "person_tracking", "gait_recognition",
				"人脸比对", "re-id" }) {
			HttpResponse<String> response = signed("application/json", jsonAlert("F-" + event.hashCode(), camera, event, now()));
			assertThat(response.statusCode()).as(event).isEqualTo(400);
			assertThat(api.json(response).get("detail").asString()).contains("person-identification");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM video_alert WHERE source_code = ?").param(source).query(Long.class).single())
			.isZero();
		assertThat(VideoAlerts.identifiesPerson("person_intrusion")).isFalse();
		assertThat(VideoAlerts.identifiesPerson("surface_flooding")).isFalse();
		assertThat(VideoAlerts.identifiesPerson("crowd_gathering")).isFalse();
		assertThat(VideoAlerts.identifiesPerson("facematch")).isTrue();
		assertThat(VideoAlerts.identifiesPerson("pedestrian_search")).isTrue();
		assertThat(signed("application/json", jsonAlert("F-OK", camera, "person_intrusion", now())).statusCode()).isEqualTo(201);
	}

	@Test
	void duplicatesAreSuppressedBySourceIdAndByCameraAndEventWithinFiveMinutes() throws Exception {
		OffsetDateTime t0 = now().minusMinutes(30);
		String original = jsonAlert("D-1", camera, "crowd_gathering", t0);
		long sent = Instant.now().getEpochSecond();
		HttpResponse<String> first = post("application/json", original, sent, sign(sent, original));
		assertThat(first.statusCode()).isEqualTo(201);
		String firstId = api.json(first).get("id").asString();

		// A resend is signed anew (another timestamp): the identical signature would be refused as a replay.
		HttpResponse<String> resent = post("application/json", original, sent - 1, sign(sent - 1, original));
		assertThat(resent.statusCode()).isEqualTo(200);
		assertThat(api.json(resent).get("id").asString()).isEqualTo(firstId);

		HttpResponse<String> soon = signed("application/json", jsonAlert("D-2", camera, "crowd_gathering", t0.plusMinutes(4)));
		assertThat(soon.statusCode()).isEqualTo(200);
		assertThat(api.json(soon).get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(api.json(soon).get("duplicateOf").asString()).isEqualTo(firstId);

		HttpResponse<String> otherEvent = signed("application/json", jsonAlert("D-3", camera, "fire_smoke", t0.plusMinutes(1)));
		assertThat(otherEvent.statusCode()).isEqualTo(201);

		HttpResponse<String> later = signed("application/json", jsonAlert("D-4", camera, "crowd_gathering", t0.plusMinutes(6)));
		assertThat(later.statusCode()).isEqualTo(201);
		assertThat(api.json(later).get("status").asString()).isIn("PENDING_INCIDENT", "OPENED");

		// Three originals, three incidents; the duplicate shares the first one's.
		String firstIncident = VideoIncidentsSeen.ofAlert(jdbc, UUID.fromString(firstId));
		VideoIncidentsSeen.ofAlert(jdbc, UUID.fromString(api.json(otherEvent).get("id").asString()));
		VideoIncidentsSeen.ofAlert(jdbc, UUID.fromString(api.json(later).get("id").asString()));
		assertThat(jdbc.sql("SELECT incident_ref FROM video_alert WHERE id = ?::uuid").param(api.json(soon).get("id").asString())
			.query(String.class).single()).isEqualTo(firstIncident);
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE channel = 'VIDEO_ALERT' AND summary LIKE ?")
			.param("%" + camera + "%").query(Long.class).single()).isEqualTo(3);

		assertThat(jdbc.sql("SELECT count(*) FROM video_alert WHERE source_code = ?").param(source).query(Long.class).single())
			.isEqualTo(4);
	}

	@Test
	void parallelResendsOfOneAlertStoreItOnce() throws Exception {
		String body = jsonAlert("P-1", camera, "intrusion", now());
		long now = Instant.now().getEpochSecond();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
		try {
			List<java.util.concurrent.Future<HttpResponse<String>>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < 10; i++) {
				long timestamp = now - i;
				futures.add(pool.submit(() -> post("application/json", body, timestamp, sign(timestamp, body))));
			}
			List<Integer> statuses = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<HttpResponse<String>> f : futures) {
				statuses.add(f.get().statusCode());
			}
			assertThat(statuses).containsOnly(200, 201);
			assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM video_alert WHERE source_code = ?").param(source).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void capAlertsAreReadByCameraGeocodeOrByTheNearestCameraToTheirCircle() throws Exception {
		String byCode = cap("CAP-1", "Crowd gathering", now(),
				"<geocode><valueName>cameraCode</valueName><value>" + camera + "</value></geocode>");
		HttpResponse<String> response = signed("application/cap+xml", byCode);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode alert = api.json(response);
		assertThat(alert.get("format").asString()).isEqualTo("CAP");
		assertThat(alert.get("eventType").asString()).isEqualTo("crowd_gathering");
		assertThat(alert.get("cameraCode").asString()).isEqualTo(camera);
		assertThat(alert.get("externalId").asString()).isEqualTo("CAP-1");
		UUID capId = UUID.fromString(alert.get("id").asString());
		String number = VideoIncidentsSeen.ofAlert(jdbc, capId);
		VideoIncidentsSeen.assertOnTheBoard(port, number, alert.get("stationCode").asString());
		assertThat(VideoIncidentsSeen.incidentsFor(jdbc, VideoAlertRaised.alertReference(capId))).isEqualTo(1);

		// A camera of its own far outside the district, found from the circle (radius 0.05 km).
		String remote = VideoHttp.code("T-CAP");
		cameras.create(new CameraInput(remote, "远处", CameraSource.SOCIAL, 37.0001, 116.0001, null, null, null, null, true));
		String byCircle = cap("CAP-2", "fire_smoke", now(), "<circle>37.0,116.0 0.05</circle>");
		HttpResponse<String> circle = signed("application/xml", byCircle);
		assertThat(circle.statusCode()).as(circle.body()).isEqualTo(201);
		assertThat(api.json(circle).get("cameraCode").asString()).isEqualTo(remote);

		assertThat(signed("application/cap+xml", cap("CAP-3", "fire_smoke", now(), "<circle>10.0,10.0 0.05</circle>")).statusCode())
			.isEqualTo(422);
		assertThat(signed("application/cap+xml", cap("CAP-4", "face_match", now(), "<circle>37.0,116.0 0.05</circle>")).statusCode())
			.isEqualTo(400);
		assertThat(signed("application/cap+xml", byCode.replace("cap:1.2", "cap:1.1")).statusCode()).isEqualTo(400);
		assertThat(signed("application/cap+xml", byCode.replace("<msgType>Alert</msgType>", "<msgType>Cancel</msgType>")
			.replace("CAP-1", "CAP-5")).statusCode()).isEqualTo(400);
		assertThat(signed("application/cap+xml", "<alert").statusCode()).isEqualTo(400);
	}

	@Test
	void capWithADoctypeOrExternalEntityIsRefusedWithoutReadingIt() throws Exception {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
				  <identifier>XXE-1</identifier><sender>x</sender><sent>%s</sent><status>Actual</status><msgType>Alert</msgType>
				  <scope>Public</scope>
				  <info><category>Security</category><event>intrusion</event><urgency>Immediate</urgency><severity>Minor</severity>
				    <certainty>Observed</certainty><description>&xxe;</description>
				    <area><areaDesc>x</areaDesc><geocode><valueName>cameraCode</valueName><value>%s</value></geocode></area></info>
				</alert>
				""".formatted(now(), camera);
		HttpResponse<String> response = signed("application/cap+xml", xxe);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("root:");
		String parameterEntity = """
				<?xml version="1.0"?>
				<!DOCTYPE alert [<!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd"> %remote;]>
				<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>XXE-2</identifier></alert>
				""";
		assertThat(signed("application/cap+xml", parameterEntity).statusCode()).isEqualTo(400);
		assertThat(jdbc.sql("SELECT count(*) FROM video_alert WHERE source_code = ? AND external_id = 'XXE-1'").param(source)
			.query(Long.class).single()).isZero();
	}

	private static String cap(String identifier, String event, OffsetDateTime sent, String area) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
				  <identifier>%s</identifier>
				  <sender>ai.weibin.example</sender>
				  <sent>%s</sent>
				  <status>Actual</status>
				  <msgType>Alert</msgType>
				  <scope>Restricted</scope>
				  <info>
				    <category>Security</category>
				    <event>%s</event>
				    <urgency>Immediate</urgency>
				    <severity>Moderate</severity>
				    <certainty>Observed</certainty>
				    <headline>视频分析告警</headline>
				    <area><areaDesc>卫滨区</areaDesc>%s</area>
				  </info>
				</alert>
				""".formatted(identifier, sent, event, area);
	}
}
