package org.shouwang.video;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shouwang.ShouwangTest;
import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo video network: about 400 cameras of all sources, ~5% offline, key places covered, plans, the alert source. */
@ShouwangTest
@ExtendWith(AsSystem.class)
class VideoDemoTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Places places;

	@Autowired
	VideoPatrols patrols;

	@Autowired
	AlertSources sources;

	@Test
	void theDemoNetworkHasAboutFourHundredCamerasOfEverySourceAndAFewOffline() {
		long total = jdbc.sql("SELECT count(*) FROM video_camera WHERE demo").query(Long.class).single();
		assertThat(total).isEqualTo(400);
		for (CameraSource source : CameraSource.values()) {
			long n = jdbc.sql("SELECT count(*) FROM video_camera WHERE demo AND source = ?").param(source.name()).query(Long.class).single();
			assertThat(n).as(source.name()).isGreaterThan(40);
		}
		long offline = jdbc.sql("SELECT count(*) FROM video_camera WHERE demo AND status = 'OFFLINE'").query(Long.class).single();
		assertThat(offline).isBetween(8L, 36L);
		long outside = jdbc.sql("SELECT count(*) FROM video_camera WHERE demo AND station_code IS NULL").query(Long.class).single();
		assertThat(outside).isLessThan(10);
	}

	@Test
	void everyKeyPlaceHasLinkedCamerasAndTheKeyPlacePlanChecksThemEveryThirtyMinutes() {
		List<UUID> linked = jdbc.sql("SELECT place_id FROM video_camera WHERE demo AND place_id IS NOT NULL").query(UUID.class).list();
		List<Place> keyPlaces = places.ofKind(PlaceKind.KEY_PLACE);
		assertThat(keyPlaces).hasSize(12);
		keyPlaces.forEach(p -> assertThat(linked).as(p.name()).contains(p.id()));

		List<PatrolPlan> demoPlans = patrols.plans().stream().filter(PatrolPlan::demo).toList();
		assertThat(demoPlans).hasSize(4);
		PatrolPlan key = demoPlans.stream().filter(p -> p.name().equals("重点场所视频巡查")).findFirst().orElseThrow();
		assertThat(key.keySpot()).isTrue();
		assertThat(key.intervalMinutes()).isLessThanOrEqualTo(30);
		Set<UUID> keyIds = keyPlaces.stream().map(Place::id).collect(Collectors.toSet());
		List<UUID> covered = jdbc.sql("SELECT c.place_id FROM video_camera c JOIN video_patrol_plan_camera pc ON pc.camera_code = c.code WHERE pc.plan_id = ?")
			.param(key.id())
			.query(UUID.class)
			.list();
		assertThat(Set.copyOf(covered)).isEqualTo(keyIds);
		PatrolPlan schools = demoPlans.stream().filter(p -> p.name().equals("护学岗视频巡查")).findFirst().orElseThrow();
		assertThat(schools.activeHours()).extracting(TimeWindow::toString).containsExactly("07:00-08:30", "16:30-18:00");
		PatrolPlan night = demoPlans.stream().filter(p -> p.name().equals("夜间治安热点巡查")).findFirst().orElseThrow();
		assertThat(night.activeHours().get(0).wrapsMidnight()).isTrue();
	}

	@Test
	void theDemoAlertSourceExists() {
		AlertSource source = sources.get("WB-AI-01");
		assertThat(source.active()).isTrue();
		assertThat(source.demo()).isTrue();
	}
}
