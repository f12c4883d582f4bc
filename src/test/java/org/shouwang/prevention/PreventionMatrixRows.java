package org.shouwang.prevention;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.shouwang.security.MatrixRows;

/** The prevention module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class PreventionMatrixRows implements MatrixRows {

	/** Replaced by the id of a patrol plan (branch-wide: a station gets 404). */
	public static final String PATROL_PLAN_ID = "{prevention-plan}";

	/** Replaced by the id of a key-place guard, one of station WB01 when there is one. */
	public static final String KEY_PLACE_GUARD = "{key-place-guard}";

	/** Replaced by the id of a branch-wide hotspot analysis. */
	public static final String HOTSPOT_ANALYSIS = "{hotspot-analysis}";

	/** Replaced by the id of a remediation project of station WB01. */
	public static final String WB01_PROJECT = "{wb01-remediation}";

	static final String PLAN = "/api/v1/prevention/patrol-plans/" + PATROL_PLAN_ID;

	static final String KEY_PLACE = "/api/v1/prevention/key-places/" + KEY_PLACE_GUARD;

	static final String ANALYSIS = "/api/v1/prevention/hotspots/analyses/" + HOTSPOT_ANALYSIS;

	static final String PROJECT = "/api/v1/prevention/remediation-projects/" + WB01_PROJECT;

	static final String PATROL_PLAN_BODY = """
			{"name":"mx","kind":"OTHER","startsOn":"2025-06-01","endsOn":"2025-06-01","posts":[],"officerIds":[]}""";

	@Override
	public List<Entry> rows() {
		return List.of(
				// prevention: patrol plans (branch plans: 404 to stations), key places and campuses (by the place's
				// station), hotspot analyses (by the scope they ran in) and remediation projects (by their station)
				api("GET", "/api/v1/prevention/patrol-plans", "prevention:read"),
				api("POST", "/api/v1/prevention/patrol-plans", "prevention:write").body(PATROL_PLAN_BODY),
				api("GET", "/api/v1/prevention/patrol-plans/{id}", "prevention:read").sample(PLAN).scoped(PLAN),
				api("GET", "/api/v1/prevention/patrol-plans/{id}/roster", "prevention:read").sample(PLAN + "/roster")
					.scoped(PLAN + "/roster"),
				api("PUT", "/api/v1/prevention/patrol-plans/{id}/roster", "prevention:write").sample(PLAN + "/roster")
					.body("{\"slotId\":\"00000000-0000-0000-0000-000000000000\",\"position\":0,\"vehicle\":false,\"officerId\":1}")
					.scoped(PLAN + "/roster"),
				api("POST", "/api/v1/prevention/patrol-plans/{id}/solve", "prevention:write").sample(PLAN + "/solve")
					.scoped(PLAN + "/solve"),
				api("GET", "/api/v1/prevention/patrol-plans/{id}/solve", "prevention:read").sample(PLAN + "/solve")
					.scoped(PLAN + "/solve"),
				api("POST", "/api/v1/prevention/patrol-plans/{id}/solve/stop", "prevention:write").sample(PLAN + "/solve/stop")
					.scoped(PLAN + "/solve/stop"),
				api("POST", "/api/v1/prevention/patrol-plans/{id}/publish", "prevention:write").sample(PLAN + "/publish")
					.scoped(PLAN + "/publish"),
				api("GET", "/api/v1/prevention/key-places", "prevention:read"),
				api("POST", "/api/v1/prevention/key-places", "prevention:write")
					.body("{\"placeId\":\"00000000-0000-0000-0000-000000000000\",\"fixedPosts\":1,\"patrolIntervalMinutes\":60,\"videoPatrol\":true}"),
				api("GET", "/api/v1/prevention/key-places/{id}", "prevention:read").sample(KEY_PLACE).scoped(KEY_PLACE),
				api("POST", "/api/v1/prevention/key-places/{id}/check-ins", "prevention:write").sample(KEY_PLACE + "/check-ins")
					.body("{\"officer\":\"matrix\"}").scoped(KEY_PLACE + "/check-ins"),
				api("GET", "/api/v1/prevention/campuses", "prevention:read"),
				api("GET", "/api/v1/prevention/campuses/coverage", "prevention:read"),
				api("POST", "/api/v1/prevention/campuses/guards", "prevention:write")
					.body("{\"placeId\":\"00000000-0000-0000-0000-000000000000\",\"mode\":\"LINKED_DUTY\",\"officer\":\"x\"}"),
				api("POST", "/api/v1/prevention/campuses/duties", "prevention:write")
					.body("{\"placeId\":\"00000000-0000-0000-0000-000000000000\",\"peaks\":\"BOTH\",\"officers\":1}"),
				api("POST", "/api/v1/prevention/hotspots/analyses", "prevention:write")
					.body("{\"from\":\"2025-01-01\",\"to\":\"2025-01-31\",\"permutations\":99}"),
				api("GET", "/api/v1/prevention/hotspots/analyses", "prevention:read"),
				api("GET", "/api/v1/prevention/hotspots/analyses/{id}", "prevention:read").sample(ANALYSIS).scoped(ANALYSIS),
				api("GET", "/api/v1/prevention/remediation-projects", "prevention:read"),
				api("POST", "/api/v1/prevention/remediation-projects", "prevention:write")
					.body("{\"name\":\"x\",\"analysisId\":\"00000000-0000-0000-0000-000000000000\",\"cells\":[],\"measures\":\"x\"}"),
				api("GET", "/api/v1/prevention/remediation-projects/{id}", "prevention:read").sample(PROJECT).scoped(PROJECT),
				api("POST", "/api/v1/prevention/remediation-projects/{id}/deployments", "prevention:write")
					.sample(PROJECT + "/deployments").body("{\"deployedOn\":\"2025-06-01\",\"officers\":5}")
					.scoped(PROJECT + "/deployments"),
				api("POST", "/api/v1/prevention/remediation-projects/{id}/evaluation", "prevention:write")
					.sample(PROJECT + "/evaluation").body("{\"beforeFrom\":\"2025-01-01\",\"beforeTo\":\"2025-01-31\"}")
					.scoped(PROJECT + "/evaluation"),
				api("POST", "/api/v1/prevention/remediation-projects/{id}/close", "prevention:write")
					.sample(PROJECT + "/close").body("{\"remediated\":false,\"closedOn\":\"2025-06-01\"}")
					.scoped(PROJECT + "/close"),
				page("GET", "/prevention", "prevention:read"),
				page("GET", "/prevention/key-places", "prevention:read"),
				page("GET", "/prevention/campuses", "prevention:read"),
				page("GET", "/prevention/plans/{id}", "prevention:read").sample("/prevention/plans/" + PATROL_PLAN_ID)
					.scoped("/prevention/plans/" + PATROL_PLAN_ID),
				page("POST", "/prevention/plans/{id}/solve", "prevention:write").sample("/prevention/plans/" + PATROL_PLAN_ID + "/solve")
					.scoped("/prevention/plans/" + PATROL_PLAN_ID + "/solve"),
				page("POST", "/prevention/plans/{id}/stop", "prevention:write").sample("/prevention/plans/" + PATROL_PLAN_ID + "/stop")
					.scoped("/prevention/plans/" + PATROL_PLAN_ID + "/stop"),
				page("POST", "/prevention/plans/{id}/publish", "prevention:write")
					.sample("/prevention/plans/" + PATROL_PLAN_ID + "/publish").scoped("/prevention/plans/" + PATROL_PLAN_ID + "/publish"),
				page("GET", "/prevention/hotspots", "prevention:read"),
				page("POST", "/prevention/hotspots", "prevention:write"),
				page("GET", "/prevention/remediation/{id}", "prevention:read").sample("/prevention/remediation/" + WB01_PROJECT)
					.scoped("/prevention/remediation/" + WB01_PROJECT));
	}

	@Override
	public Map<String, Fixture> fixtures() {
		return Map.of(PATROL_PLAN_ID, c -> c.first("/prevention/patrol-plans?size=1", "id"), HOTSPOT_ANALYSIS,
				c -> c.first("/prevention/hotspots/analyses?size=1", "id"), KEY_PLACE_GUARD, c -> {
					JsonNode guards = c.get("/prevention/key-places");
					JsonNode chosen = guards.get(0);
					for (JsonNode g : guards) {
						if ("WB01".equals(g.get("stationCode").asString())) {
							chosen = g;
							break;
						}
					}
					return chosen.get("id").asString();
				}, WB01_PROJECT, c -> {
					for (JsonNode p : c.get("/prevention/remediation-projects?size=200").get("items")) {
						if ("WB01".equals(p.get("stationCode").asString())) {
							return p.get("id").asString();
						}
					}
					throw new IllegalStateException("No remediation project of WB01");
				});
	}
}
