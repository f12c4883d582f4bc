package org.shouwang.community;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.security.SignIn;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.community.ApiCalls.json;

/**
 * Community policing end to end through the API: a visit that opens a hazard and a dispute; the dispute's loop with
 * closing refused without a result (409, nothing changed); a grid missing a core role is not full and shows among the
 * staffing gaps; the 南桥 officer sees only 南桥's teams, visits, disputes and volunteers; a lead becomes an incident.
 */
@ShouwangTest
class CommunityApiTests {

	@LocalServerPort
	int port;

	ApiCalls nanqiao() {
		return new ApiCalls(port, SignIn.token(port, "nanqiao"));
	}

	@Test
	void aVisitOpensAHazardAndADisputeWhichIsMediatedAndFollowedUp() {
		ApiCalls api = nanqiao();
		String key = "visit-" + UUID.randomUUID();
		String visit = """
				{"gridCode":"WB01-002","premises":"HOUSEHOLD","address":"卫河路12号3单元","purpose":"HAZARD_CHECK",
				 "findings":"楼道电动车充电；邻里因噪音争执",
				 "hazard":{"category":"FIRE","severity":"HIGH","description":"电动车楼道内充电"},
				 "dispute":{"kind":"NEIGHBOUR","tier":"SIMPLE","summary":"楼上楼下噪音纠纷",
				            "parties":[{"name":"王建国","phone":"13812345678"},{"name":"李秀英"}]}}""";
		JsonNode created = json(api.post("/api/v1/community/visits", visit, key), 201);
		assertThat(created.get("stationCode").asString()).isEqualTo("WB01");
		assertThat(created.get("officerName").asString()).isEqualTo("韩金涛");
		String hazard = created.get("hazardNumber").asString();
		String dispute = created.get("disputeNumber").asString();
		assertThat(hazard).startsWith("YH-WB01-");
		assertThat(dispute).startsWith("JF-WB01-");
		assertThat(json(api.post("/api/v1/community/visits", visit, key), 200).get("id").asString())
			.isEqualTo(created.get("id").asString());

		JsonNode h = json(api.get("/api/v1/hazards/" + hazard), 200);
		assertThat(h.get("source").asString()).isEqualTo("HOUSEHOLD_VISIT");
		assertThat(h.get("sourceReference").asString()).isEqualTo("visit:" + created.get("id").asString());

		JsonNode d = json(api.get("/api/v1/community/disputes/" + dispute), 200);
		assertThat(d.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(d.get("visitId").asString()).isEqualTo(created.get("id").asString());
		json(api.post("/api/v1/community/disputes/" + dispute + "/assign", "{\"assignedTo\":\"社区民警韩金涛\"}"), 200);
		json(api.post("/api/v1/community/disputes/" + dispute + "/sessions",
				"{\"mediator\":\"韩金涛\",\"note\":\"约定晚十点后不再装修\"}"), 200);

		int version = json(api.get("/api/v1/community/disputes/" + dispute), 200).get("version").asInt();
		assertThat(api.post("/api/v1/community/disputes/" + dispute + "/close", "{\"note\":\"x\"}").statusCode())
			.isEqualTo(409);
		JsonNode unchanged = json(api.get("/api/v1/community/disputes/" + dispute), 200);
		assertThat(unchanged.get("status").asString()).isEqualTo("MEDIATING");
		assertThat(unchanged.get("version").asInt()).isEqualTo(version);

		json(api.post("/api/v1/community/disputes/" + dispute + "/close", "{\"result\":\"MEDIATED\"}"), 200);
		JsonNode followed = json(api.post("/api/v1/community/disputes/" + dispute + "/follow-up",
				"{\"satisfaction\":\"SATISFIED\",\"note\":\"双方满意\"}"), 200);
		assertThat(followed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(followed.get("result").asString()).isEqualTo("MEDIATED");
		assertThat(followed.get("satisfaction").asString()).isEqualTo("SATISFIED");
	}

	@Test
	void partiesAreMaskedForReadersWithoutUnmask() {
		ApiCalls api = nanqiao();
		String number = json(api.post("/api/v1/community/disputes", """
				{"gridCode":"WB01-006","kind":"FAMILY","tier":"COMPLEX","summary":"家庭矛盾",
				 "parties":[{"name":"赵明亮","phone":"13900001111"}]}""", null), 201).get("number").asString();
		ApiCalls analyst = new ApiCalls(port, SignIn.token(port, "analyst"));
		JsonNode masked = json(analyst.get("/api/v1/community/disputes/" + number), 200).get("parties").get(0);
		assertThat(masked.get("phone").asString()).isEqualTo("139****1111");
		assertThat(masked.get("name").asString()).isNotEqualTo("赵明亮").startsWith("赵");
		JsonNode full = json(api.get("/api/v1/community/disputes/" + number), 200).get("parties").get(0);
		assertThat(full.get("phone").asString()).isEqualTo("13900001111");
	}

	@Test
	void aGridMissingACoreRoleIsNotFullAndShowsAmongTheGaps() {
		ApiCalls api = nanqiao();
		JsonNode team = json(api.get("/api/v1/community/teams/WB01-010"), 200);
		assertThat(team.get("full").asBoolean()).isTrue();
		String worker = null;
		for (JsonNode m : team.get("members")) {
			if (m.get("role").asString().equals("GRID_WORKER")) {
				worker = m.get("id").asString();
			}
		}
		json(api.post("/api/v1/community/team-members/" + worker + "/leave", "{}"), 200);
		JsonNode after = json(api.get("/api/v1/community/teams/WB01-010"), 200);
		assertThat(after.get("full").asBoolean()).isFalse();
		assertThat(after.get("missingRoles").toString()).contains("GRID_WORKER");
		JsonNode gaps = json(api.get("/api/v1/community/staffing-gaps"), 200);
		assertThat(gaps.toString()).contains("WB01-010");
		gaps.forEach(g -> assertThat(g.get("stationCode").asString()).isEqualTo("WB01"));

		JsonNode added = json(api.post("/api/v1/community/teams/WB01-010/members",
				"{\"role\":\"GRID_WORKER\",\"name\":\"孙丽\",\"phone\":\"13700002222\"}"), 201);
		assertThat(added.get("active").asBoolean()).isTrue();
		assertThat(json(api.get("/api/v1/community/teams/WB01-010"), 200).get("full").asBoolean()).isTrue();
		// A community officer must be an officer of the grid's station.
		assertThat(api.post("/api/v1/community/teams/WB01-010/members", "{\"role\":\"COMMUNITY_OFFICER\",\"officerId\":1}")
			.statusCode()).isEqualTo(400);
	}

	@Test
	void theNanqiaoOfficerSeesOnlyNanqiao() {
		ApiCalls api = nanqiao();
		json(api.get("/api/v1/community/teams?size=200"), 200).get("items")
			.forEach(t -> assertThat(t.get("stationCode").asString()).isEqualTo("WB01"));
		JsonNode visits = json(api.get("/api/v1/community/visits?size=50"), 200);
		assertThat(visits.get("total").asLong()).isPositive();
		visits.get("items").forEach(v -> assertThat(v.get("stationCode").asString()).isEqualTo("WB01"));
		json(api.get("/api/v1/community/disputes?size=50"), 200).get("items")
			.forEach(d -> assertThat(d.get("stationCode").asString()).isEqualTo("WB01"));
		json(api.get("/api/v1/community/volunteer-teams?size=50"), 200).get("items")
			.forEach(t -> assertThat(t.get("stationCode").asString()).isEqualTo("WB01"));
		assertThat(json(api.get("/api/v1/community/overview"), 200)).singleElement()
			.satisfies(s -> assertThat(s.get("stationCode").asString()).isEqualTo("WB01"));
		assertThat(api.get("/api/v1/community/teams/WB02-001").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/community/disputes/JF-WB02-2025-0001").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/community/volunteer-teams/YJ-WB02-12").statusCode()).isEqualTo(404);
		ApiCalls admin = new ApiCalls(port, SignIn.token(port, "admin"));
		assertThat(json(admin.get("/api/v1/community/overview"), 200)).hasSize(7);
		assertThat(admin.get("/api/v1/community/volunteer-teams/YJ-WB02-12").statusCode()).isEqualTo(200);
		assertThat(json(admin.get("/api/v1/community/disputes/JF-WB02-2025-0001"), 200).get("stationCode").asString())
			.isEqualTo("WB02");
	}

	@Test
	void aVolunteersLeadBecomesAnIncident() {
		ApiCalls api = nanqiao();
		String team = json(api.get("/api/v1/community/volunteer-teams?size=1"), 200).get("items").get(0).get("code")
			.asString();
		JsonNode lead = json(api.post("/api/v1/community/leads", """
				{"teamCode":"%s","summary":"出租屋疑似聚众赌博","address":"人民路3号","lat":35.2960,"lng":113.8680}"""
			.formatted(team), "lead-" + UUID.randomUUID()), 201);
		assertThat(lead.get("status").asString()).isEqualTo("NEW");
		JsonNode opened = json(api.post("/api/v1/community/leads/" + lead.get("id").asString() + "/open-incident", null), 200);
		assertThat(opened.get("status").asString()).isEqualTo("INCIDENT_OPENED");
		assertThat(opened.get("incidentNumber").asString()).isNotBlank();
		JsonNode incident = json(api.get("/api/v1/incidents/" + opened.get("incidentId").asString()), 200);
		assertThat(incident.get("category").asString()).isEqualTo("REPORT");
		assertThat(api.post("/api/v1/community/leads/" + lead.get("id").asString() + "/open-incident", null).statusCode())
			.isEqualTo(409);
	}

	@Test
	void volunteersActivitiesAndPublicityAreRecorded() {
		ApiCalls api = nanqiao();
		String team = json(api.get("/api/v1/community/volunteer-teams?size=1"), 200).get("items").get(0).get("code")
			.asString();
		JsonNode v = json(api.post("/api/v1/community/volunteers",
				"{\"teamCode\":\"%s\",\"name\":\"周晓冬\",\"phone\":\"13600003333\",\"realNameVerified\":true}".formatted(team),
				"vol-" + UUID.randomUUID()), 201);
		json(api.post("/api/v1/community/volunteer-activities", """
				{"teamCode":"%s","type":"PATROL","heldOn":"2026-01-10","place":"人民路","hours":3,"volunteerIds":["%s"]}"""
			.formatted(team, v.get("id").asString()), null), 201);
		JsonNode after = json(api.get("/api/v1/community/volunteers/" + v.get("id").asString()), 200);
		assertThat(after.get("hours").decimalValue()).isEqualByComparingTo("3");
		assertThat(after.get("activities").asLong()).isEqualTo(1);
		JsonNode left = json(api.post("/api/v1/community/volunteers/" + v.get("id").asString() + "/leave", "{}"), 200);
		assertThat(left.get("active").asBoolean()).isFalse();
		assertThat(api.post("/api/v1/community/volunteers/" + v.get("id").asString() + "/leave", "{}").statusCode())
			.isEqualTo(409);

		JsonNode p = json(api.post("/api/v1/community/publicity", """
				{"stationCode":"WB01","theme":"ANTI_FRAUD","format":"TALK","audience":"ELDERLY","heldOn":"2026-02-01",
				 "place":"南桥社区活动室","attendance":80,"leaflets":120,"appRegistrations":45}""", null), 201);
		assertThat(p.get("leaflets").asInt()).isEqualTo(120);
		assertThat(api.post("/api/v1/community/publicity", "{\"stationCode\":\"WB02\",\"theme\":\"SAFETY\"}")
			.statusCode()).isEqualTo(400);
	}
}
