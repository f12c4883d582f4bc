package org.shouwang.video;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shouwang.ShouwangTest;
import org.shouwang.video.internal.VideoAlerts;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Durable delivery of {@link VideoAlertRaised}: when the command centre's listener fails (here: the incident
 * subtype the alert maps to is switched off), the publication stays incomplete, is listed for the administrator,
 * and once resubmitted opens its one incident; a redelivery of a completed event opens nothing new.
 */
@ShouwangTest
@ExtendWith(AsSystem.class)
class VideoIncidentDeliveryTests {

	private static final String LISTENER = "org.shouwang.command.VideoAlertIncidents.on(org.shouwang.video.VideoAlertRaised)";

	@LocalServerPort
	int port;

	@Autowired
	AlertSources sources;

	@Autowired
	Cameras cameras;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aFailedListenerLeavesThePublicationIncompleteAndItsRetryOpensTheOneIncident() throws Exception {
		VideoHttp admin = VideoHttp.as(port, VideoHttp.WRITER);
		String source = VideoHttp.code("T-DLV");
		byte[] key = HexFormat.of().parseHex(sources.create(source, "投递测试").key());
		String camera = VideoHttp.code("T-DLC");
		cameras.create(new CameraInput(camera, "河边", CameraSource.XUELIANG, 35.3030, 113.8530, null, null, null, null, true));

		// The subtype a drowning alert maps to is switched off: the listener's intake refuses, its transaction rolls back.
		assertThat(admin.postJson("/api/v1/incident-subtypes/HELP/DROWNING/deactivate", "{}").statusCode()).isEqualTo(200);
		UUID alertId;
		try {
			String body = """
					{"id": "W-1", "cameraCode": "%s", "eventType": "water_drowning", "occurredAt": "%s"}
					""".formatted(camera, OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0));
			long now = Instant.now().getEpochSecond();
			HttpResponse<String> received = VideoHttp.unsigned(port).send("POST", "/api/v1/video/alerts/" + source,
					"application/json", body.getBytes(StandardCharsets.UTF_8), Map.of("X-Timestamp", Long.toString(now),
							"X-Signature", "sha256=" + VideoAlerts.hmac(key, Long.toString(now), body.getBytes(StandardCharsets.UTF_8))));
			assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
			alertId = UUID.fromString(admin.json(received).get("id").asString());
			String reference = VideoAlertRaised.alertReference(alertId);

			// Incomplete, listed for the administrator with its listener and event type; nothing opened, alert pending.
			JsonNode listed = awaitListed(admin, reference);
			assertThat(listed.get("listenerId").asString()).isEqualTo(LISTENER);
			assertThat(listed.get("eventType").asString()).isEqualTo(VideoAlertRaised.class.getName());
			assertThat(VideoIncidentsSeen.incidentsFor(jdbc, reference)).isZero();
			assertThat(status(alertId)).isEqualTo("PENDING_INCIDENT");
			assertThat(VideoHttp.as(port, VideoHttp.READER).get("/api/v1/admin/event-publications").statusCode()).isEqualTo(403);
			HttpResponse<String> page = org.shouwang.security.SignIn.browser(port, VideoHttp.WRITER).get("/admin/events");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("未完成的模块间事件", "VideoAlertRaised", "VideoAlertIncidents.on",
					listed.get("id").asString());
		}
		finally {
			assertThat(admin.postJson("/api/v1/incident-subtypes/HELP/DROWNING/activate", "{}").statusCode()).isEqualTo(200);
		}

		// Retried (audited): the one incident opens and the alert shows it; the publication is complete.
		String reference = VideoAlertRaised.alertReference(alertId);
		String publication = awaitListed(admin, reference).get("id").asString();
		HttpResponse<String> retried = admin.postJson("/api/v1/admin/event-publications/" + publication + "/retry", "{}");
		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
		String number = VideoIncidentsSeen.ofAlert(jdbc, alertId);
		assertThat(VideoIncidentsSeen.incidentsFor(jdbc, reference)).isEqualTo(1);
		VideoIncidentsSeen.assertOnTheBoard(port, number, cameras.get(camera).stationCode());
		await().atMost(VideoIncidentsSeen.PATIENCE).untilAsserted(() -> assertThat(completed(publication)).isTrue());
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'EVENT_RETRY' AND object_id = ?")
			.param(publication).query(Long.class).single()).isEqualTo(1);
		assertThat(admin.postJson("/api/v1/admin/event-publications/" + publication + "/retry", "{}").statusCode())
			.isEqualTo(404);

		// The same event delivered once more (a redelivery after a crash before completion) opens nothing new.
		JsonNode alert = admin.json(admin.get("/api/v1/video/received-alerts?cameraCode=" + camera)).get("items").get(0);
		transaction.executeWithoutResult(status -> events.publishEvent(new VideoAlertRaised(reference,
				VideoAlertRaised.Origin.ANALYTICS, source, "W-1", "water_drowning", camera, "河边", alert.get("lat").asDouble(),
				alert.get("lng").asDouble(), alert.get("gridCode").asString(), alert.get("stationCode").asString(),
				Instant.parse(alert.get("occurredAt").asString()), Instant.parse(alert.get("receivedAt").asString()), null)));
		await().atMost(VideoIncidentsSeen.PATIENCE).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
			.param("%" + reference + "%").query(Long.class).single()).isZero());
		assertThat(VideoIncidentsSeen.incidentsFor(jdbc, reference)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE summary LIKE ?").param("%" + camera + "%")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(VideoIncidentsSeen.ofAlert(jdbc, alertId)).isEqualTo(number);
	}

	private JsonNode awaitListed(VideoHttp admin, String reference) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(VideoIncidentsSeen.PATIENCE).untilAsserted(() -> {
			String id = jdbc.sql("SELECT id::text FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL "
					+ "AND (status = 'FAILED' OR completion_attempts > 0)").param("%" + reference + "%").query(String.class).optional().orElse(null);
			assertThat(id).as("incomplete, attempted publication of " + reference).isNotNull();
			JsonNode page = admin.json(admin.get("/api/v1/admin/event-publications?size=200"));
			for (JsonNode item : page.get("items")) {
				if (item.get("id").asString().equals(id)) {
					found[0] = item;
				}
			}
			assertThat(found[0]).as("listed " + id).isNotNull();
		});
		return found[0];
	}

	private String status(UUID alertId) {
		return jdbc.sql("SELECT status FROM video_alert WHERE id = ?").param(alertId).query(String.class).single();
	}

	private boolean completed(String publication) {
		return jdbc.sql("SELECT completion_date IS NOT NULL FROM event_publication WHERE id = ?::uuid").param(publication)
			.query(Boolean.class).single();
	}
}
