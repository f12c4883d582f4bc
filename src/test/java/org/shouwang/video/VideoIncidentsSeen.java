package org.shouwang.video;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waits for the command centre's listener (asynchronous, after the commit) to open the incident of an alert or
 * check, and reads what it did. The bound is generous (a busy shared machine): it waits, it does not time.
 */
public final class VideoIncidentsSeen {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	private VideoIncidentsSeen() {
	}

	/** The incident number of the alert once it is OPENED. */
	static String ofAlert(JdbcClient jdbc, UUID alertId) {
		return await(jdbc, "SELECT incident_ref FROM video_alert WHERE id = ? AND status = 'OPENED'", alertId);
	}

	/** The incident number of the check once it is OPENED. */
	static String ofCheck(JdbcClient jdbc, long checkId) {
		return await(jdbc, "SELECT incident_ref FROM video_patrol_check WHERE id = ? AND incident_status = 'OPENED'", checkId);
	}

	/** How many incidents exist for this video reference (by its intake key and by channel and number). */
	public static long incidentsFor(JdbcClient jdbc, String reference) {
		return jdbc.sql("SELECT count(*) FROM incident_intake_request r JOIN incident i ON i.id = r.incident_id "
				+ "WHERE r.idempotency_key = ? AND i.channel = 'VIDEO_ALERT'")
			.param("video:" + reference)
			.query(Long.class)
			.single();
	}

	/**
	 * The incident is listed by {@code GET /api/v1/incidents} (new, of its station, reported in the last hours) and
	 * is on the board's snapshot, as the dispatcher sees them.
	 */
	static void assertOnTheBoard(int port, String number, String stationCode) throws Exception {
		VideoHttp dispatcher = VideoHttp.as(port, VideoHttp.READER);
		String from = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(3).withNano(0).toString();
		String query = "/api/v1/incidents?status=NEW&size=200&from=" + java.net.URLEncoder.encode(from,
				java.nio.charset.StandardCharsets.UTF_8) + (stationCode == null ? "" : "&stationCode=" + stationCode);
		java.net.http.HttpResponse<String> list = dispatcher.get(query);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		JsonNode items = dispatcher.json(list).get("items");
		JsonNode listed = null;
		for (JsonNode item : items) {
			if (number.equals(item.path("number").asString())) {
				listed = item;
			}
		}
		assertThat(listed).as(number + " in " + query).isNotNull();
		assertThat(listed.path("channel").asString("VIDEO_ALERT")).isEqualTo("VIDEO_ALERT");
		java.net.http.HttpResponse<String> board = org.shouwang.security.SignIn.browser(port, VideoHttp.READER)
			.get("/command/board/snapshot");
		assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
		assertThat(board.body()).contains("\"" + number + "\"");
	}

	private static String await(JdbcClient jdbc, String sql, Object id) {
		String[] number = new String[1];
		Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			number[0] = jdbc.sql(sql).param(id).query(String.class).optional().orElse(null);
			assertThat(number[0]).as("incident of " + id).isNotNull();
		});
		return number[0];
	}
}
