package org.shouwang.command;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.shouwang.ShouwangTest;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk import of historical incidents: checks everything first (nothing written on a bad record),
 * writes numbers, grid and station, timeline, assignments and arrival flags as live incidents have them,
 * and one IMPORT audit entry per batch (batches of 10 here, 1,000 in use). Its incidents lie in 2019 (no other
 * test counts that year) and are removed afterwards.
 */
@ShouwangTest
class IncidentHistoryTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	IncidentHistory history;

	@Autowired
	Grids grids;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	HistoricalIncident incident(Grid grid, long unit, Instant reported, long travelSeconds) {
		Point point = grid.geometry().getInteriorPoint();
		return new HistoricalIncident(IncidentChannel.CALL_110, IncidentCategory.HELP, "LOST_PROPERTY", null, reported,
				null, point.getY(), point.getX(), "测试地址", "138 0000 1111", "history test", false, List.of(unit),
				reported.plusSeconds(60), null, reported.plusSeconds(60 + travelSeconds),
				reported.plusSeconds(60 + travelSeconds + 900), Disposition.PROPERTY_RECOVERED, "找回");
	}

	long count2019() {
		return jdbc.sql("SELECT count(*) FROM incident WHERE reported_at < '2020-01-01T00:00:00+08:00'")
			.query(Long.class)
			.single();
	}

	@Test
	void anInvalidRecordRefusesTheWholeImport() {
		Grid grid = grids.all().get(0);
		DutyUnit unit = directory.activeDutyUnitsOf(grid.stationCode()).get(0);
		Instant reported = LocalDateTime.of(2019, 5, 1, 10, 0).atZone(ZONE).toInstant();
		HistoricalIncident good = incident(grid, unit.id(), reported, 120);
		HistoricalIncident clearedBeforeOnScene = new HistoricalIncident(good.channel(), good.category(), good.subtype(),
				null, reported, null, good.lat(), good.lng(), null, null, null, false, good.unitIds(), good.dispatchedAt(),
				null, good.onSceneAt(), good.onSceneAt().minusSeconds(1), Disposition.PROPERTY_RECOVERED, null);
		HistoricalIncident wrongDisposition = new HistoricalIncident(good.channel(), IncidentCategory.TRAFFIC,
				"ACCIDENT", null, reported, null, good.lat(), good.lng(), null, null, null, false, List.of(-1L),
				good.dispatchedAt(), null, good.onSceneAt(), good.clearedAt(), Disposition.PERSON_FOUND, null);
		long before = count2019();
		assertThatThrownBy(() -> history.importHistorical(List.of(good, clearedBeforeOnScene, wrongDisposition)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactlyInAnyOrder("incidents[1].clearedAt", "incidents[2].unitIds", "incidents[2].disposition"));
		assertThat(count2019()).isEqualTo(before);
	}

	@Test
	void importsInBatchesWithOneAuditEntryEachAndLiveTimelines() {
		List<Grid> all = grids.all();
		List<HistoricalIncident> incidents = new ArrayList<>();
		Instant start = LocalDateTime.of(2019, 3, 1, 0, 0).atZone(ZONE).toInstant();
		int n = 21;
		for (int i = 0; i < n; i++) {
			Grid grid = all.get(i % all.size());
			long unit = directory.activeDutyUnitsOf(grid.stationCode()).get(0).id();
			// Every tenth arrives after 12 minutes: late for any grid type.
			incidents.add(incident(grid, unit, start.plusSeconds(i * 600L), i % 10 == 0 ? 660 : 120));
		}
		try {
			IncidentHistory.Result result = history.importHistorical(incidents, 10);
			assertThat(result.incidents()).isEqualTo(n);
			assertThat(result.batches()).isEqualTo(3);
			assertThat(result.outside()).isZero();
			List<Integer> perEntry = jdbc.sql("""
					SELECT (changes::jsonb -> 'incidents' ->> 'to')::int FROM audit_entry
					WHERE action = 'IMPORT' AND object_type = ? AND object_id LIKE ? ORDER BY seq""")
				.params(IncidentHistory.AUDIT_OBJECT_TYPE, result.importId() + "/%")
				.query(Integer.class)
				.list();
			assertThat(perEntry).containsExactly(10, 10, 1);
			// Numbers by day in time order, grid and station from the geocoder, phones normalised.
			assertThat(jdbc.sql("SELECT number FROM incident WHERE summary = 'history test' ORDER BY reported_at LIMIT 2")
				.query(String.class)
				.list()).containsExactly("JQ20190301000001", "JQ20190301000002");
			assertThat(jdbc.sql("""
					SELECT count(*) FROM incident WHERE summary = 'history test' AND status = 'CLEARED'
					AND grid_code IS NOT NULL AND station_code IS NOT NULL AND caller_phone = '13800001111'
					AND arrival_within_standard = (extract(epoch FROM on_scene_at - reported_at) <= arrival_standard_seconds)
					AND disposition = 'PROPERTY_RECOVERED' AND NOT school_related AND NOT demo""")
				.query(Long.class)
				.single()).isEqualTo(n);
			assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE summary = 'history test' AND NOT arrival_within_standard")
				.query(Long.class)
				.single()).isEqualTo((n + 9) / 10);
			assertThat(jdbc.sql("""
					SELECT e.event FROM incident_event e JOIN incident i ON i.id = e.incident_id
					WHERE i.number = 'JQ20190301000001' ORDER BY e.at, e.id""")
				.query(String.class)
				.list()).containsExactly("RECEIVED", "DISPATCHED", "ON_SCENE", "CLEARED");
		}
		finally {
			String mine = "SELECT id FROM incident WHERE summary = 'history test'";
			jdbc.sql("DELETE FROM incident_event WHERE incident_id IN (" + mine + ")").update();
			jdbc.sql("DELETE FROM incident_assignment WHERE incident_id IN (" + mine + ")").update();
			jdbc.sql("DELETE FROM incident WHERE summary = 'history test'").update();
			jdbc.sql("DELETE FROM incident_number_counter WHERE day < '2020-01-01'").update();
		}
	}
}
