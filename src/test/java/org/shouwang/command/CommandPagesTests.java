package org.shouwang.command;

import org.shouwang.security.SystemActor;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import org.shouwang.security.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The dispatcher's pages: board, intake form, subtype options, an incident through dispatch to clearing. */
@ShouwangTest
class CommandPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationAdministration organization;

	@Autowired
	UnitBoard units;

	@Autowired
	JdbcClient jdbc;

	/** A browser session of the branch-wide demo dispatcher (session cookie and CSRF token), made on first use. */
	private SignIn.Browser browser;

	private SignIn.Browser browser() {
		if (browser == null) {
			browser = SignIn.browser(port, "dispatcher");
		}
		return browser;
	}

	HttpResponse<String> get(String path) {
		return browser().get(path);
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		return browser().post(path, form);
	}

	@Test
	void theBoardShowsTheIntakeFormAndOpenIncidents() throws Exception {
		HttpResponse<String> page = get("/command");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("接警登记", "未结警情", "intake-map", "hx-get=\"/command/subtypes\"", "every 5s");
	}

	@Test
	void subtypesFollowTheCategory() throws Exception {
		HttpResponse<String> help = get("/command/subtypes?category=HELP");
		assertThat(help.statusCode()).isEqualTo(200);
		assertThat(help.body()).contains("走失老人", "走失儿童", "突发疾病", "落水").doesNotContain("盗窃");
		assertThat(get("/command/subtypes?category=NONSENSE").body()).doesNotContain("盗窃").contains("option");
	}

	@Test
	void anIncidentIsTakenInDispatchedAndClearedInTheUi() throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", UUID.randomUUID().toString());
		form.put("channel", "CALL_110");
		form.put("category", "HELP");
		form.put("subtype", "MISSING_CHILD");
		form.put("priority", "1");
		form.put("lat", "35.3021");
		form.put("lng", "113.8526");
		form.put("address", "平原路 88 号");
		form.put("callerPhone", "13800000000");
		form.put("summary", "界面测试 " + UUID.randomUUID());
		form.put("reportedAt", "2024-01-01T00:00:01");
		form.put("backEntry", "true");
		HttpResponse<String> created = post("/command/incidents", form);
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/command/incidents/");
		String path = URI.create(location).getPath();
		// The same form sent twice (a double click) creates nothing new.
		assertThat(post("/command/incidents", form).headers().firstValue("Location")).hasValue(location);

		HttpResponse<String> page = get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("走失儿童", "13800000000", "补录", "时间线", "接警");
		String number = page.body().replaceAll("(?s).*(JQ20240101\\d{6}).*", "$1");
		assertThat(number).matches("JQ20240101\\d{6}");
		assertThat(get("/command/open-incidents").body()).contains(number);

		TestUnits testUnits = new TestUnits(organization);
		DutyUnit car = testUnits.create(DutyUnitKind.PATROL_CAR, "WB01");
		try {
		SystemActor.run(SystemActor.SYSTEM, () -> units.updatePosition(car.id(), new PositionRequest(35.3030, 113.8526, null)));
		assertThat(get(path).body()).contains(car.callSign());

		HttpResponse<String> sent = post(path + "/dispatch", Map.of("unitId", String.valueOf(car.id())));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(post(path + "/progress", Map.of("status", "ON_SCENE")).statusCode()).isEqualTo(302);
		HttpResponse<String> onScene = get(path);
		assertThat(onScene.body()).contains("已到达", "处置完毕，结束警情");
		assertThat(post(path + "/progress", Map.of("status", "CLEARED", "disposition", "PERSON_FOUND", "note", "已找到")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> cleared = get(path);
		assertThat(cleared.body()).contains("已处置", "已找到当事人").doesNotContain("推荐警力");
		assertThat(get("/command/open-incidents").body()).doesNotContain(number);
		}
		finally {
			testUnits.standDown();
		}
	}

	@Test
	void badIntakeComesBackWithTheFieldsMarked() throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", UUID.randomUUID().toString());
		form.put("channel", "CALL_110");
		form.put("category", "HELP");
		form.put("subtype", "THEFT");
		form.put("lat", "north");
		form.put("lng", "113.85");
		form.put("summary", "保留的文字");
		HttpResponse<String> response = post("/command/incidents", form);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("警情未登记", "保留的文字", "location.lat");
	}

	@Test
	void aRefusedActionIsExplainedOnThePage() throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", UUID.randomUUID().toString());
		form.put("channel", "PATROL");
		form.put("category", "OTHER");
		form.put("subtype", "OTHER");
		form.put("lat", "35.30");
		form.put("lng", "113.85");
		String path = URI.create(post("/command/incidents", form).headers().firstValue("Location").orElseThrow()).getPath();
		get(path); // follows the intake's redirect (its notice is shown there, once)
		HttpResponse<String> refused = post(path + "/progress", Map.of("status", "CLEARED"));
		assertThat(refused.statusCode()).isEqualTo(302);
		HttpResponse<String> page = get(path);
		assertThat(page.body()).contains("操作未执行");
	}

	@Test
	void anIncidentPageListsTheCamerasNearbyToThoseWhoMaySeeTheRegistry() throws Exception {
		Map<String, Object> camera = jdbc.sql("""
				SELECT code, lat, lng FROM video_camera WHERE active AND station_code = 'WB01' ORDER BY code LIMIT 1""")
			.query()
			.singleRow();
		ObjectNode body = CommandClient.incident("PUBLIC_ORDER", "FIGHT");
		body.putObject("location").put("lat", (double) camera.get("lat")).put("lng", (double) camera.get("lng"))
			.put("address", "视频测试路 1 号");
		JsonNode created = new CommandClient(port).create(body);
		String path = "/command/incidents/" + created.get("id").asString();

		String page = get(path).body();
		assertThat(page).contains("附近视频", "nearby-cameras", (String) camera.get("code"));
		// The community officer of 南桥 sees the incident (her station) but holds no camera:read: no camera list.
		String officers = SignIn.browser(port, "nanqiao").get(path).body();
		assertThat(officers).contains(created.get("number").asString()).doesNotContain("附近视频", "nearby-cameras");
	}
}
