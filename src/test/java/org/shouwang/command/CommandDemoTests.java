package org.shouwang.command;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.organization.OrganizationDirectory;

import org.shouwang.security.SystemActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo district's command centre: units at their stations, the cleared 2025 history, open ones on the board. */
@ShouwangTest
class CommandDemoTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitBoard units;

	@Autowired
	Dispatch dispatch;

	@Autowired
	Incidents incidents;

	@Autowired
	OrganizationDirectory directory;

	@Test
	void everyDemoUnitHasAPositionInTheDistrict() {
		List<Unit> demo = SystemActor.call(SystemActor.SYSTEM, () -> units.units(null, null)).stream()
			.filter(u -> directory.findDutyUnit(u.id()).orElseThrow().demo())
			.toList();
		assertThat(demo).hasSizeGreaterThan(50);
		assertThat(demo).allSatisfy(u -> {
			assertThat(u.position()).isNotNull();
			assertThat(u.position().lat()).isBetween(35.25, 35.35);
			assertThat(u.position().lng()).isBetween(113.78, 113.92);
		});
	}

	@Test
	void demoIncidentsOf2025AreClearedWithIntervalsAndDispositions() {
		long closed = jdbc.sql("""
				SELECT count(*) FROM incident WHERE demo AND status = 'CLEARED' AND reported_at >= '2025-01-01T00:00:00+08'
				  AND reported_at < '2026-01-01T00:00:00+08' AND disposition IS NOT NULL AND first_dispatched_at > reported_at
				  AND on_scene_at > first_dispatched_at AND cleared_at > on_scene_at AND arrival_within_standard IS NOT NULL""")
			.query(Long.class)
			.single();
		assertThat(closed).as("the 2025 history (IncidentHistoryDemo), handled like live incidents").isGreaterThan(4067);
		List<String> categories = jdbc.sql("SELECT DISTINCT category FROM incident WHERE demo").query(String.class).list();
		assertThat(categories).contains("HELP", "DISPUTE", "CRIMINAL", "PUBLIC_ORDER", "TRAFFIC");
		long help = jdbc.sql("SELECT count(*) FROM incident WHERE demo AND category = 'HELP'").query(Long.class).single();
		long criminal = jdbc.sql("SELECT count(*) FROM incident WHERE demo AND category = 'CRIMINAL'").query(Long.class).single();
		assertThat(help).isGreaterThan(criminal);
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE demo AND status NOT IN ('CLEARED', 'MERGED')").query(Long.class).single())
			.isEqualTo(8);
	}

	@Test
	void demoUnitsAreRecommendedForAnIncidentInTheDistrict() {
		IncidentDetail incident = incidents.create(new IncidentRequest(IncidentChannel.PATROL, IncidentCategory.HELP, "LOST_PROPERTY",
				null, null, new IncidentRequest.Point(35.2960, 113.8680, "南桥派出所附近"), null, "推荐测试 " + UUID.randomUUID(), null));
		List<Recommendation> recommendations = SystemActor.call(SystemActor.SYSTEM, () -> dispatch.recommend(incident.id(), 5));
		assertThat(recommendations).hasSize(5);
		assertThat(recommendations.get(0).distanceMeters()).isLessThan(1500);
		for (int i = 1; i < recommendations.size(); i++) {
			assertThat(recommendations.get(i).etaSeconds()).isGreaterThanOrEqualTo(recommendations.get(i - 1).etaSeconds());
		}
	}
}
