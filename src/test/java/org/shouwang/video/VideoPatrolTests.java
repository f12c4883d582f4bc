package org.shouwang.video;

import org.shouwang.video.internal.CameraRows;
import org.shouwang.video.internal.PatrolRows;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shouwang.ShouwangTest;
import org.shouwang.audit.AuditTrail;
import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;
import org.shouwang.organization.OrganizationDirectory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Patrol plans, the queue and checks through the API; an abnormal check opens exactly one VIDEO_ALERT incident. */
@ShouwangTest
@ExtendWith(AsSystem.class)
class VideoPatrolTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	Cameras cameras;

	@Autowired
	VideoPatrols patrols;

	@Autowired
	PatrolRows patrolRows;

	@Autowired
	CameraRows cameraRows;

	@Autowired
	Places places;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	VideoHttp api;

	@BeforeEach
	void client() {
		api = VideoHttp.as(port, VideoHttp.WRITER);
	}

	private String newCamera(java.util.UUID placeId) {
		String code = VideoHttp.code("T-PAT");
		cameras.create(new CameraInput(code, "巡查测试", CameraSource.XUELIANG, 35.30, 113.85, null, null, null, placeId, true));
		return code;
	}

	private String plan(String name, int interval, boolean keySpot, String unit, String... codes) {
		return """
				{"name": "%s", "intervalMinutes": %d, "keySpot": %s, "operatorUnit": "%s", "cameraCodes": ["%s"],
				 "activeHours": []}
				""".formatted(name, interval, keySpot, unit, String.join("\", \"", codes));
	}

	@Test
	void plansAreValidatedAndKeySpotsNeedThirtyMinutes() throws Exception {
		String camera = newCamera(null);
		String name = VideoHttp.code("测试计划");
		HttpResponse<String> created = api.postJson("/api/v1/video/patrol-plans", plan(name, 60, false, "WB01", camera));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode plan = api.json(created);
		assertThat(plan.get("keySpot").asBoolean()).isFalse();
		assertThat(plan.get("cameraCodes").get(0).asString()).isEqualTo(camera);
		assertThat(api.postJson("/api/v1/video/patrol-plans", plan(name, 60, false, "WB01", camera)).statusCode()).isEqualTo(409);

		HttpResponse<String> keySpot = api.postJson("/api/v1/video/patrol-plans", plan(VideoHttp.code("k"), 45, true, "WB01", camera));
		assertThat(keySpot.statusCode()).isEqualTo(400);
		assertThat(api.json(keySpot).get("errors").get(0).get("field").asString()).isEqualTo("intervalMinutes");

		// A camera watching a key place makes the plan a key-spot plan by itself.
		Place keyPlace = places.ofKind(PlaceKind.KEY_PLACE).get(0);
		String watching = newCamera(keyPlace.id());
		HttpResponse<String> implicit = api.postJson("/api/v1/video/patrol-plans", plan(VideoHttp.code("k"), 45, false, "WB01", watching));
		assertThat(implicit.statusCode()).isEqualTo(400);
		HttpResponse<String> ok = api.postJson("/api/v1/video/patrol-plans", plan(VideoHttp.code("k"), 30, false, "WB01", watching));
		assertThat(ok.statusCode()).isEqualTo(201);
		assertThat(api.json(ok).get("keySpot").asBoolean()).isTrue();

		HttpResponse<String> bad = api.postJson("/api/v1/video/patrol-plans",
				"{\"name\": \"\", \"intervalMinutes\": 2, \"operatorUnit\": \"NOPE\", \"cameraCodes\": [\"NO-SUCH\", \"NO-SUCH\"],"
						+ " \"activeHours\": [{\"from\": \"08:00\", \"to\": \"08:00\"}]}");
		assertThat(bad.statusCode()).isEqualTo(400);
		List<String> fields = StreamSupport.stream(api.json(bad).get("errors").spliterator(), false)
			.map(e -> e.get("field").asString())
			.toList();
		assertThat(fields).contains("name", "intervalMinutes", "operatorUnit", "cameraCodes[0]", "cameraCodes[1]", "activeHours[0]");
		assertThat(api.postJson("/api/v1/video/patrol-plans", "{\"name\": \"x\", \"activeHours\": [{\"from\": \"25:00\"}]}").statusCode())
			.isEqualTo(400);

		long id = plan.get("id").asLong();
		HttpResponse<String> updated = api.putJson("/api/v1/video/patrol-plans/" + id,
				"{\"name\": \"%s\", \"intervalMinutes\": 20, \"operatorUnit\": \"WB01\", \"cameraCodes\": [\"%s\"], \"active\": false, \"activeHours\": [{\"from\": \"22:00\", \"to\": \"02:00\"}]}"
					.formatted(name, camera));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(api.json(updated).get("active").asBoolean()).isFalse();
		assertThat(api.json(updated).get("activeHours").get(0).get("from").asString()).startsWith("22:00");
	}

	@Test
	void checksLeaveTheQueueAndAnAbnormalOneOpensExactlyOneVideoIncident() throws Exception {
		String camera = newCamera(null);
		String unit = "WB02";
		HttpResponse<String> created = api.postJson("/api/v1/video/patrol-plans", plan(VideoHttp.code("队列"), 30, false, unit, camera));
		long planId = api.json(created).get("id").asLong();
		try {
			Instant now = Instant.now();
			assertThat(state(patrols.queue(unit, now.plusSeconds(60)), camera)).isEqualTo(QueueState.DUE);
			assertThat(state(patrols.queue(unit, now.plus(Duration.ofMinutes(11))), camera)).isEqualTo(QueueState.OVERDUE);
			JsonNode queue = api.json(api.get("/api/v1/video/queue?operatorUnit=" + unit + "&state=OVERDUE"));
			assertThat(queue.findValuesAsString("cameraCode")).doesNotContain(camera);

			HttpResponse<String> normal = api.postJson("/api/v1/video/checks",
					"{\"cameraCode\": \"%s\", \"planId\": %d, \"result\": \"NORMAL\"}".formatted(camera, planId));
			assertThat(normal.statusCode()).as(normal.body()).isEqualTo(201);
			assertThat(api.json(normal).get("incidentStatus").asString()).isEqualTo("NONE");
			assertThat(api.json(normal).get("operator").asString()).isEqualTo(VideoHttp.WRITER);
			assertThat(state(patrols.queue(unit, Instant.now().plusSeconds(60)), camera)).isEqualTo(QueueState.UPCOMING);
			assertThat(state(patrols.queue(unit, Instant.now().plus(Duration.ofMinutes(41))), camera)).isEqualTo(QueueState.OVERDUE);

			HttpResponse<String> noNote = api.postJson("/api/v1/video/checks",
					"{\"cameraCode\": \"%s\", \"result\": \"ABNORMAL\"}".formatted(camera));
			assertThat(noNote.statusCode()).isEqualTo(400);
			assertThat(api.json(noNote).get("errors").get(0).get("field").asString()).isEqualTo("note");
			assertThat(api.postJson("/api/v1/video/checks", "{\"cameraCode\": \"NO-SUCH\", \"result\": \"NORMAL\"}").statusCode())
				.isEqualTo(400);

			HttpResponse<String> abnormal = api.postJson("/api/v1/video/checks",
					"{\"cameraCode\": \"%s\", \"result\": \"ABNORMAL\", \"note\": \"路口有人打架\"}".formatted(camera));
			assertThat(abnormal.statusCode()).isEqualTo(201);
			JsonNode check = api.json(abnormal);
			// Stored pending; the command centre's listener opens its incident right after the commit and links it.
			assertThat(check.get("incidentStatus").asString()).isIn("PENDING_INCIDENT", "OPENED");
			long checkId = check.get("id").asLong();
			String number = VideoIncidentsSeen.ofCheck(jdbc, checkId);
			VideoIncidentsSeen.assertOnTheBoard(port, number, cameras.get(camera).stationCode());
			assertThat(VideoIncidentsSeen.incidentsFor(jdbc, VideoAlertRaised.checkReference(checkId))).isEqualTo(1);
			JsonNode linked = api.json(api.get("/api/v1/video/checks/" + checkId));
			assertThat(linked.get("incidentStatus").asString()).isEqualTo("OPENED");
			assertThat(linked.get("incidentRef").asString()).isEqualTo(number);
			JsonNode listed = api.json(api.get("/api/v1/video/checks?cameraCode=" + camera + "&result=ABNORMAL"));
			assertThat(listed.get("total").asLong()).isEqualTo(1);
			assertThat(listed.get("items").get(0).get("note").asString()).isEqualTo("路口有人打架");
		}
		finally {
			deactivate(planId);
		}
	}

	@Test
	void anAbnormalCheckOnAFixedClockRaisesOneEventInItsTransaction() {
		Clock clock = Clock.fixed(ZonedDateTime.of(2025, 7, 14, 9, 0, 0, 0, ZONE).toInstant(), ZONE);
		List<Object> raised = new java.util.ArrayList<>();
		VideoPatrols fixed = new VideoPatrols(patrolRows, cameraRows, places, organization, raised::add, audit,
				new StaticListableBeanFactory(java.util.Map.of("clock", clock)).getBeanProvider(Clock.class), ZONE,
				Duration.ofMinutes(10));
		String camera = newCamera(null);
		PatrolPlan plan = transaction.execute(status -> fixed.createPlan(
				new PatrolPlanInput(VideoHttp.code("定时"), 15, false, List.of(), "WB03", List.of(camera), true)));
		try {
			assertThat(state(fixed.queue("WB03"), camera)).isEqualTo(QueueState.DUE);
			PatrolCheck check = transaction.execute(status -> fixed.record(new CheckInput(camera, plan.id(), CheckResult.ABNORMAL, "车辆起火")));
			assertThat(check.incidentStatus()).isEqualTo(IncidentLink.PENDING_INCIDENT);
			assertThat(check.checkedAt()).isEqualTo(clock.instant());
			assertThat(raised).hasSize(1);
			VideoAlertRaised alert = (VideoAlertRaised) raised.get(0);
			assertThat(alert.origin()).isEqualTo(VideoAlertRaised.Origin.PATROL_CHECK);
			assertThat(alert.cameraCode()).isEqualTo(camera);
			assertThat(alert.summary()).isEqualTo("车辆起火");
			assertThat(alert.occurredAt()).isEqualTo(clock.instant());
			assertThat(alert.reference()).isEqualTo("video-check:" + check.id());
			assertThat(state(fixed.queue("WB03"), camera)).isEqualTo(QueueState.UPCOMING);

			PatrolCheck normal = transaction.execute(status -> fixed.record(new CheckInput(camera, null, CheckResult.NORMAL, null)));
			assertThat(normal.incidentStatus()).isEqualTo(IncidentLink.NONE);
			assertThat(raised).hasSize(1);
		}
		finally {
			deactivate(plan.id());
		}
	}

	private void deactivate(long planId) {
		PatrolPlan p = patrols.plan(planId);
		patrols.updatePlan(planId, new PatrolPlanInput(p.name(), p.intervalMinutes(), p.keySpot(), p.activeHours(),
				p.operatorUnit(), p.cameraCodes(), false));
	}

	private static QueueState state(List<QueueItem> items, String camera) {
		return items.stream().filter(i -> i.cameraCode().equals(camera)).map(QueueItem::state).findFirst().orElse(null);
	}
}
