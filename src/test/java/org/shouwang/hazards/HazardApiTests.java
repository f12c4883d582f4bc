package org.shouwang.hazards;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.community.ApiCalls;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.security.SignIn;
import org.shouwang.security.SystemActor;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.community.ApiCalls.json;

/**
 * The hazard API end to end: the 南桥 officer reports a hazard (once per Idempotency-Key), orders, rectifies and
 * verifies it; verifying before rectifying is 409 and changes nothing; another station's hazard is 404; the station's
 * list shows overdue hazards first; the escalation job escalates an overdue hazard once.
 */
@ShouwangTest
class HazardApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Hazards hazards;

	static String report(String grid, String deadline) {
		return """
				{"source":"COMMUNITY_PATROL","category":"FIRE","severity":"HIGH","place":"人民路8号楼道","gridCode":"%s",
				 "description":"楼道堆放杂物 %s"%s}""".formatted(grid, UUID.randomUUID(),
				deadline == null ? "" : ",\"deadline\":\"" + deadline + "\",\"responsibleParty\":\"物业公司\"");
	}

	@Test
	void theWholeLifecycleWithAConflictInBetween() {
		ApiCalls nanqiao = new ApiCalls(port, SignIn.token(port, "nanqiao"));
		String key = "hz-" + UUID.randomUUID();
		String body = report("WB01-003", null);
		JsonNode created = json(nanqiao.post("/api/v1/hazards", body, key), 201);
		String number = created.get("number").asString();
		assertThat(number).startsWith("YH-WB01-");
		assertThat(created.get("status").asString()).isEqualTo("FOUND");
		assertThat(created.get("stationCode").asString()).isEqualTo("WB01");
		assertThat(created.get("foundBy").asString()).isNotBlank();
		JsonNode replay = json(nanqiao.post("/api/v1/hazards", body, key), 200);
		assertThat(replay.get("id").asString()).isEqualTo(created.get("id").asString());
		assertThat(nanqiao.post("/api/v1/hazards", report("WB01-003", null), key).statusCode()).isEqualTo(409);

		LocalDate today = LocalDate.now(IndicatorPeriod.ZONE);
		JsonNode ordered = json(nanqiao.post("/api/v1/hazards/" + number + "/order-rectification",
				"{\"deadline\":\"" + today.plusDays(5) + "\",\"responsibleParty\":\"物业公司\"}"), 200);
		assertThat(ordered.get("status").asString()).isEqualTo("RECTIFICATION_ORDERED");

		assertThat(nanqiao.post("/api/v1/hazards/" + number + "/verify", "{}").statusCode()).isEqualTo(409);
		JsonNode unchanged = json(nanqiao.get("/api/v1/hazards/" + number), 200);
		assertThat(unchanged.get("status").asString()).isEqualTo("RECTIFICATION_ORDERED");
		assertThat(unchanged.get("version").asInt()).isEqualTo(ordered.get("version").asInt());

		json(nanqiao.post("/api/v1/hazards/" + number + "/rectified", "{\"evidence\":\"杂物已清理，照片存档\"}"), 200);
		JsonNode verified = json(nanqiao.post("/api/v1/hazards/" + number + "/verify", "{\"note\":\"现场复核合格\"}"), 200);
		assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
		assertThat(nanqiao.post("/api/v1/hazards/" + number + "/verify", "{}").statusCode()).isEqualTo(409);
	}

	@Test
	void badInputIs400AndAnotherStationsHazardIs404() {
		ApiCalls nanqiao = new ApiCalls(port, SignIn.token(port, "nanqiao"));
		ApiCalls admin = new ApiCalls(port, SignIn.token(port, "admin"));
		JsonNode problem = json(nanqiao.post("/api/v1/hazards", "{\"source\":\"COMMUNITY_PATROL\"}"), 400);
		assertThat(problem.toString()).contains("category").contains("place");
		assertThat(nanqiao.post("/api/v1/hazards", "{\"source\":\"NOPE\"}").statusCode()).isEqualTo(400);
		// A grid of another station is not one of the caller's.
		assertThat(nanqiao.post("/api/v1/hazards", report("WB02-001", null)).statusCode()).isEqualTo(400);

		String wb02 = json(admin.post("/api/v1/hazards", report("WB02-001", null)), 201).get("number").asString();
		assertThat(nanqiao.get("/api/v1/hazards/" + wb02).statusCode()).isEqualTo(404);
		assertThat(nanqiao.post("/api/v1/hazards/" + wb02 + "/order-rectification",
				"{\"deadline\":\"2099-01-01\",\"responsibleParty\":\"x\"}").statusCode()).isEqualTo(404);
		assertThat(json(admin.get("/api/v1/hazards/" + wb02), 200).get("status").asString()).isEqualTo("FOUND");
		JsonNode list = json(nanqiao.get("/api/v1/hazards?size=200"), 200);
		list.get("items").forEach(h -> assertThat(h.get("stationCode").asString()).isEqualTo("WB01"));
	}

	@Test
	void overdueHazardsComeFirstAndEscalateOnce() {
		ApiCalls nanqiao = new ApiCalls(port, SignIn.token(port, "nanqiao"));
		LocalDate today = LocalDate.now(IndicatorPeriod.ZONE);
		String body = report("WB01-004", today.minusDays(2).toString()).replace("\"gridCode\"",
				"\"foundOn\":\"" + today.minusDays(10) + "\",\"gridCode\"");
		String number = json(nanqiao.post("/api/v1/hazards", body), 201).get("number").asString();
		JsonNode first = json(nanqiao.get("/api/v1/hazards?open=true&size=1"), 200).get("items").get(0);
		assertThat(first.get("overdue").asBoolean()).isTrue();

		int escalated = SystemActor.call(SystemActor.SYSTEM, () -> hazards.escalateOverdue(today));
		assertThat(escalated).isPositive();
		Hazard h = SystemActor.call(SystemActor.SYSTEM, () -> hazards.get(number));
		assertThat(h.escalatedAt()).isNotNull();
		assertThat(SystemActor.call(SystemActor.SYSTEM, () -> hazards.escalateOverdue(today))).isZero();
		assertThat(nanqiao.post("/api/v1/hazards/" + number + "/escalate", null).statusCode()).isEqualTo(409);
	}

	@Test
	void aPhotoMustBeAnImageOfLimitedSize() throws Exception {
		ApiCalls nanqiao = new ApiCalls(port, SignIn.token(port, "nanqiao"));
		String number = json(nanqiao.post("/api/v1/hazards", report("WB01-005", null)), 201).get("number").asString();
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		String token = SignIn.token(port, "nanqiao");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
		var put = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/hazards/" + number + "/photo"))
			.header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png)).build();
		assertThat(http.send(put, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		var text = java.net.http.HttpRequest.newBuilder(put.uri()).header("Authorization", "Bearer " + token)
			.header("Content-Type", "image/png").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("not an image")).build();
		assertThat(http.send(text, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
		assertThat(json(nanqiao.get("/api/v1/hazards/" + number), 200).get("hasPhoto").asBoolean()).isTrue();
	}
}
