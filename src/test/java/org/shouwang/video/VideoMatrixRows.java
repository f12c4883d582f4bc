package org.shouwang.video;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.shouwang.security.MatrixRows;

/** The video module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class VideoMatrixRows implements MatrixRows {

	/** Replaced by the code of a camera of station WB01. */
	public static final String WB01_CAMERA = "{wb01-camera}";

	/** Replaced by the id of a video patrol plan. */
	public static final String PATROL_PLAN = "{patrol-plan}";

	/** Replaced by the id of a recorded video patrol check. */
	public static final String PATROL_CHECK = "{patrol-check}";

	static final String CAMERA = """
			{"code":"MX-NEVER","name":"x","source":"PUBLIC_SECURITY","lat":35.3021,"lng":113.8526}""";

	static final String PATROL_PLAN_INPUT = """
			{"name":"mx-never","intervalMinutes":60,"keySpot":false,"cameraCodes":[]}""";

	/** A camera of station WB01. */
	public static final String CAM = "/api/v1/cameras/" + WB01_CAMERA;

	@Override
	public List<Entry> rows() {
		return List.of(
				// video: cameras (by the geocoder's station)
				api("GET", "/api/v1/cameras", "camera:read"),
				api("GET", "/api/v1/cameras/near", "camera:read").sample("/api/v1/cameras/near?lat=35.3021&lng=113.8526"),
				api("GET", "/api/v1/cameras/{code}", "camera:read").sample(CAM).scoped(CAM),
				api("POST", "/api/v1/cameras", "camera:write").body(CAMERA),
				api("PUT", "/api/v1/cameras/{code}", "camera:write").sample(CAM).body(CAMERA).scoped(CAM),
				api("POST", "/api/v1/cameras/{code}/status", "camera:write").sample(CAM + "/status")
					.body("{\"status\":\"OFFLINE\"}").scoped(CAM + "/status"),
				api("POST", "/api/v1/cameras/import", "camera:write").body("code,name\n"),
				// video: video patrols and analytics alerts (branch-wide registries)
				api("GET", "/api/v1/video/patrol-plans", "camera:read"),
				api("GET", "/api/v1/video/patrol-plans/{id}", "camera:read").sample("/api/v1/video/patrol-plans/" + PATROL_PLAN),
				api("POST", "/api/v1/video/patrol-plans", "camera:write").body(PATROL_PLAN_INPUT),
				api("PUT", "/api/v1/video/patrol-plans/{id}", "camera:write").sample("/api/v1/video/patrol-plans/" + PATROL_PLAN)
					.body(PATROL_PLAN_INPUT),
				api("GET", "/api/v1/video/queue", "camera:read"),
				api("GET", "/api/v1/video/checks", "camera:read"),
				api("GET", "/api/v1/video/checks/{id}", "camera:read").sample("/api/v1/video/checks/" + PATROL_CHECK),
				api("POST", "/api/v1/video/checks", "camera:write")
					.body("{\"cameraCode\":\"MX-NEVER\",\"result\":\"NORMAL\"}"),
				api("GET", "/api/v1/video/received-alerts", "camera:read"),
				api("GET", "/api/v1/video/alert-sources", "camera:write"),
				api("POST", "/api/v1/video/alert-sources", "camera:write").body("{\"code\":\"MX-NEVER\",\"name\":\"x\"}"),
				api("POST", "/api/v1/video/alert-sources/{code}/rotate-key", "camera:write")
					.sample("/api/v1/video/alert-sources/WB-AI-01/rotate-key"),
				api("POST", "/api/v1/video/alert-sources/{code}/deactivate", "camera:write")
					.sample("/api/v1/video/alert-sources/WB-AI-01/deactivate"),
				api("POST", "/api/v1/video/alert-sources/{code}/activate", "camera:write")
					.sample("/api/v1/video/alert-sources/WB-AI-01/activate"),
				api("POST", "/api/v1/video/pending-incidents/forward", "camera:write"),
				api("POST", "/api/v1/video/alerts/{sourceCode}", Access.SIGNED).sample("/api/v1/video/alerts/WB-AI-01"),
				// video: the camera, patrol queue and alert pages
				page("GET", "/command/video", "camera:read"),
				page("GET", "/command/video/import", "camera:write"),
				page("POST", "/command/video/import", "camera:write"),
				page("GET", "/command/video/queue", "camera:read"),
				page("POST", "/command/video/queue/check", "camera:write")
					.sample("/command/video/queue/check?cameraCode=" + WB01_CAMERA + "&result=NORMAL"),
				page("GET", "/command/video/alerts", "camera:read"));
	}

	@Override
	public Map<String, Fixture> fixtures() {
		return Map.of(WB01_CAMERA, c -> c.first("/cameras?stationCode=WB01&size=1", "code"),
				PATROL_PLAN, c -> c.get("/video/patrol-plans").get(0).get("id").asString(),
				PATROL_CHECK, c -> {
					JsonNode checks = c.get("/video/checks?size=1").get("items");
					// the demo district records no checks: the matrix records one (a NORMAL check opens nothing)
					return checks.isEmpty()
							? c.post("/video/checks", "{\"cameraCode\":\"" + c.fixture(WB01_CAMERA)
									+ "\",\"result\":\"NORMAL\",\"note\":\"matrix\"}").get("id").asString()
							: checks.get(0).get("id").asString();
				});
	}
}
