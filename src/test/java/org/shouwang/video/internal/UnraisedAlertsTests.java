package org.shouwang.video.internal;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.security.SystemActor;
import org.shouwang.video.CameraInput;
import org.shouwang.video.CameraSource;
import org.shouwang.video.Cameras;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An abnormal check stored as PENDING_INCIDENT before video published events (raised = false, as the migration
 * leaves the rows of that time) is published once by the start-up step and opens its one incident; running the
 * step again publishes nothing more.
 */
@ShouwangTest
class UnraisedAlertsTests {

	@Autowired
	UnraisedAlerts unraised;

	@Autowired
	Cameras cameras;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCheckLeftPendingBeforeEventsIsForwardedOnceAtStartUp() {
		String camera = "T-UNR-" + System.nanoTime();
		SystemActor.run(SystemActor.SYSTEM, () -> cameras.create(new CameraInput(camera, "旧待转", CameraSource.XUELIANG,
				35.3010, 113.8510, null, null, null, null, true)));
		long id = jdbc.sql("INSERT INTO video_patrol_check (camera_code, result, note, operator, checked_at, incident_status) "
				+ "VALUES (?, 'ABNORMAL', '旧记录：有人翻越护栏', 'operator', ?, 'PENDING_INCIDENT') RETURNING id")
			.params(camera, Timestamp.from(Instant.now().minusSeconds(3600)))
			.query(Long.class)
			.single();

		unraised.raise();
		unraised.raise();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT incident_status FROM video_patrol_check WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("OPENED"));
		assertThat(jdbc.sql("SELECT raised FROM video_patrol_check WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%video-check:" + id + "\"%").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE channel = 'VIDEO_ALERT' AND summary LIKE ?")
			.param("%" + camera + "%").query(Long.class).single()).isEqualTo(1);
	}
}
