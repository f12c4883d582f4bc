package org.shouwang.demo;

import org.shouwang.security.SystemActor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.shouwang.ShouwangTest;
import org.shouwang.command.HistoricalIncident;
import org.shouwang.command.IncidentHistory;
import org.shouwang.geography.Jurisdictions;
import org.shouwang.geography.Shapes;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.OrganizationDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo district's incidents of 2024 and 2025, counted from the database: every figure of the seed that
 * rests on incidents, the narrative incidents, years, places, timelines and units, determinism of the
 * generator and the import's audit entries (one per batch).
 */
@ShouwangTest
class IncidentHistoryDemoTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncidentHistoryDemo demo;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	OrganizationDirectory directory;

	/** Demo incidents of a year (reported in it, Asia/Shanghai) matching the condition. */
	long count(int year, String condition) {
		return jdbc.sql("SELECT count(*) FROM incident WHERE demo AND reported_at >= ? AND reported_at < ? AND ("
				+ condition + ")")
			.params(start(year), start(year + 1))
			.query(Long.class)
			.single();
	}

	static OffsetDateTime start(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(IncidentHistoryGenerator.ZONE).toOffsetDateTime();
	}

	/** 同比 as the indicators define it: (this − last) / last × 100, half-up to one decimal. */
	static BigDecimal yoy(long last, long current) {
		return BigDecimal.valueOf((current - last) * 100L).divide(BigDecimal.valueOf(last), 1, RoundingMode.HALF_UP);
	}

	@Test
	void helpIncidentsIn2025Are4067ThatIs4060余() {
		long help = count(2025, "category = 'HELP'");
		assertThat(help).isEqualTo(4067);
		assertThat(help / 10 * 10 + "余").isEqualTo("4060余");
		assertThat(count(2024, "category = 'HELP'")).isEqualTo(3920);
	}

	@Test
	void criminalIncidentsFell8point2PercentOn2024() {
		long last = count(2024, "category = 'CRIMINAL'");
		long current = count(2025, "category = 'CRIMINAL'");
		assertThat(last).isEqualTo(1950);
		assertThat(current).isEqualTo(1790);
		assertThat(yoy(last, current)).isEqualByComparingTo("-8.2");
	}

	@Test
	void schoolRelatedCriminalAndPublicOrderIncidentsFell38Percent() {
		String condition = "school_related AND category IN ('CRIMINAL', 'PUBLIC_ORDER')";
		long last = count(2024, condition);
		long current = count(2025, condition);
		assertThat(last).isEqualTo(100);
		assertThat(current).isEqualTo(62);
		assertThat(yoy(last, current)).isEqualByComparingTo("-38.0");
		// Only criminal and public-order incidents carry the flag.
		assertThat(count(2025, "school_related AND category NOT IN ('CRIMINAL', 'PUBLIC_ORDER')")).isZero();
	}

	@Test
	void peopleFoundAndPropertyRecoveredMissingPersonsFoundAndPatientsEscorted() {
		long found = count(2025, "category = 'HELP' AND disposition IN ('PERSON_FOUND', 'PROPERTY_RECOVERED')");
		assertThat(found).isEqualTo(806);
		assertThat(found / 10 * 10 + "余").isEqualTo("800余");
		assertThat(count(2025, "subtype IN ('MISSING_ELDERLY', 'MISSING_CHILD') AND disposition = 'PERSON_FOUND'"))
			.isEqualTo(492);
		assertThat(count(2025, "disposition = 'ESCORTED_TO_HOSPITAL'")).isEqualTo(15);
		assertThat(count(2025, "disposition = 'ESCORTED_TO_HOSPITAL' AND category = 'HELP'")).isEqualTo(15);
	}

	@Test
	void theSeedsTwoIncidentsAreThere() {
		assertThat(count(2025, "category = 'HELP' AND subtype = 'DROWNING' AND disposition = 'RESCUED'"
				+ " AND summary LIKE '%三轮车%滑入%河中%' AND extract(month FROM reported_at AT TIME ZONE 'Asia/Shanghai') = 7"))
			.isEqualTo(1);
		assertThat(count(2025, "category = 'CRIMINAL' AND subtype = 'THEFT' AND disposition = 'CASE_OPENED'"
				+ " AND summary LIKE '%地下室%白酒被盗%' AND extract(month FROM reported_at AT TIME ZONE 'Asia/Shanghai') = 2"))
			.isEqualTo(1);
	}

	@Test
	void everyIncidentLiesInItsYearAndInTheDistrictOrIsFlaggedOutside() {
		// Besides the history, the demo has the current shift's open incidents (reported minutes before the load).
		long total = jdbc.sql("SELECT count(*) FROM incident WHERE demo").query(Long.class).single();
		long currentShift = jdbc.sql("SELECT count(*) FROM incident WHERE demo AND status <> 'CLEARED'"
				+ " AND reported_at > now() - interval '7 days'").query(Long.class).single();
		assertThat(currentShift).isEqualTo(8);
		assertThat(count(2024, "true") + count(2025, "true")).isEqualTo(total - currentShift).isEqualTo(17980 + 17757);
		Geometry district = jurisdictions.district().orElseThrow().geometry();
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(district);
		List<Object[]> points = jdbc.sql("SELECT lat, lng, grid_code, station_code, grid_type FROM incident WHERE demo")
			.query((rs, n) -> new Object[] { rs.getDouble(1), rs.getDouble(2), rs.getString(3), rs.getString(4),
					rs.getString(5) })
			.list();
		long outside = 0;
		for (Object[] p : points) {
			boolean in = prepared.intersects(Shapes.FACTORY.createPoint(new Coordinate((double) p[1], (double) p[0])));
			if (p[2] == null) {
				outside++;
				assertThat(in).as("a point without grid lies outside the district").isFalse();
				assertThat(p[3]).isNull();
			}
			else {
				assertThat(in).as("a point with a grid lies in the district").isTrue();
				assertThat(p[3]).isNotNull();
				assertThat(p[4]).isNotNull();
			}
		}
		// A few traffic incidents just beyond the boundary: flagged (no grid), not lost.
		assertThat(outside).isEqualTo(18 + 21);
	}

	@Test
	void timelinesIntervalsAndArrivalFlagsAreThoseOfLiveIncidents() {
		// The history (2024 and 2025); the current shift's open incidents are still running.
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE demo AND reported_at < '2026-01-01T00:00:00+08:00'"
				+ " AND NOT (status = 'CLEARED'"
				+ " AND first_dispatched_at >= reported_at AND on_scene_at >= first_dispatched_at"
				+ " AND cleared_at >= on_scene_at AND received_at >= reported_at AND disposition IS NOT NULL"
				+ " AND arrival_standard_seconds = CASE WHEN grid_type = 'URBAN' THEN 300 ELSE 600 END"
				+ " AND arrival_within_standard = (extract(epoch FROM on_scene_at - reported_at) <= arrival_standard_seconds))")
			.query(Long.class)
			.single()).isZero();
		// Most arrive within the standard, some late.
		long within = jdbc.sql("SELECT count(*) FROM incident WHERE demo AND reported_at < '2026-01-01T00:00:00+08:00' AND arrival_within_standard").query(Long.class).single();
		long all = jdbc.sql("SELECT count(*) FROM incident WHERE demo AND reported_at < '2026-01-01T00:00:00+08:00'").query(Long.class).single();
		assertThat((double) within / all).isBetween(0.85, 0.98);
		// Intervals from the view, as for every incident.
		assertThat(jdbc.sql("""
				SELECT count(*) FROM incident_intervals v JOIN incident i USING (id)
				WHERE i.demo AND i.reported_at < '2026-01-01T00:00:00+08:00' AND (v.received_to_dispatched_seconds IS NULL OR v.dispatched_to_on_scene_seconds IS NULL
				                  OR v.on_scene_seconds IS NULL OR v.received_to_on_scene_seconds < 0)""")
			.query(Long.class)
			.single()).isZero();
		// Events: received, one dispatch per unit, en route (sometimes), on scene, cleared.
		assertThat(jdbc.sql("""
				SELECT count(*) FROM incident i
				WHERE i.demo AND i.reported_at < '2026-01-01T00:00:00+08:00' AND (SELECT count(*) FROM incident_event e WHERE e.incident_id = i.id)
				      <> 3 + (SELECT count(*) FROM incident_assignment a WHERE a.incident_id = i.id)
				         + (SELECT count(*) FROM incident_event e WHERE e.incident_id = i.id AND e.event = 'EN_ROUTE')""")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM incident i WHERE demo AND reported_at < '2026-01-01T00:00:00+08:00' AND NOT EXISTS"
				+ " (SELECT 1 FROM incident_assignment a WHERE a.incident_id = i.id)").query(Long.class).single()).isZero();
	}

	@Test
	void unitsSentAreDutyUnitsOfTheIncidentsStation() {
		Map<Long, String> stationOf = directory.activeDutyUnits()
			.stream()
			.collect(Collectors.toMap(DutyUnit::id, DutyUnit::stationCode));
		List<Object[]> pairs = jdbc.sql("""
				SELECT DISTINCT i.station_code, a.unit_id FROM incident i JOIN incident_assignment a ON a.incident_id = i.id
				WHERE i.demo AND i.station_code IS NOT NULL""")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
			.list();
		assertThat(pairs).isNotEmpty().allSatisfy(p -> assertThat(stationOf.get((Long) p[1])).isEqualTo(p[0]));
	}

	@Test
	void mixByChannelAndHour() {
		Map<String, Long> channels = jdbc.sql("SELECT channel, count(*) FROM incident WHERE demo GROUP BY channel")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		long all = channels.values().stream().mapToLong(Long::longValue).sum();
		assertThat(channels.get("CALL_110")).isGreaterThan(all * 7 / 10);
		assertThat(channels.keySet()).contains("VIDEO_ALERT", "PATROL", "ONLINE", "WALK_IN");
		// Public order peaks at night, help by day.
		String night = "extract(hour FROM reported_at AT TIME ZONE 'Asia/Shanghai') IN (20, 21, 22, 23, 0, 1)";
		String morning = "extract(hour FROM reported_at AT TIME ZONE 'Asia/Shanghai') IN (8, 9, 10, 11, 12, 13)";
		assertThat(count(2025, "category = 'PUBLIC_ORDER' AND " + night))
			.isGreaterThan(count(2025, "category = 'PUBLIC_ORDER' AND " + morning));
		assertThat(count(2025, "category = 'HELP' AND " + morning))
			.isGreaterThan(2 * count(2025, "category = 'HELP' AND " + night.replace("20, 21, ", "")));
	}

	@Test
	void theGeneratorDrawsTheSameIncidentsTwiceAndTheDatabaseHoldsThem() {
		List<HistoricalIncident> first = demo.generator(new DemoContext(IncidentHistoryDemo.NAME, (s, m, a) -> {
		})).generate(IncidentHistoryPlan.Y2025);
		List<HistoricalIncident> second = demo.generator(new DemoContext(IncidentHistoryDemo.NAME, (s, m, a) -> {
		})).generate(IncidentHistoryPlan.Y2025);
		assertThat(first).hasSize(17757);
		assertThat(second.subList(0, 500)).isEqualTo(first.subList(0, 500));
		// The stored 2025 incidents, in number order, are the generator's, in time order.
		List<String> stored = jdbc.sql("""
				SELECT category, subtype, reported_at FROM incident
				WHERE demo AND reported_at >= ? AND reported_at < ? ORDER BY number LIMIT 300""")
			.params(start(2025), start(2026))
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "@"
					+ rs.getObject(3, OffsetDateTime.class).toInstant())
			.list();
		assertThat(stored).isEqualTo(first.subList(0, 300)
			.stream()
			.map(h -> h.category() + "/" + h.subtype() + "@" + h.reportedAt())
			.toList());
	}

	@Test
	void oneImportAuditEntryPerBatch() {
		List<Object[]> entries = jdbc.sql("""
				SELECT actor, (changes::jsonb -> 'incidents' ->> 'to')::int, (changes::jsonb -> 'demo' ->> 'to')::int
				FROM audit_entry WHERE action = 'IMPORT' AND object_type = ?""")
			.param(IncidentHistory.AUDIT_OBJECT_TYPE)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getInt(3) })
			.list()
			.stream()
			.filter(e -> (int) e[2] > 0)
			.toList();
		// 17,980 (2024) and 17,757 (2025) incidents in batches of 1,000: 18 + 18 entries.
		assertThat(entries).hasSize(18 + 18);
		assertThat(entries.stream().mapToInt(e -> (int) e[1]).sum()).isEqualTo(17980 + 17757);
		assertThat(entries).allSatisfy(e -> {
			assertThat((int) e[1]).isBetween(1, IncidentHistory.BATCH_SIZE);
			assertThat(e[0]).isEqualTo(SystemActor.DEMO);
		});
		assertThat(Set.copyOf(jdbc.sql("SELECT DISTINCT actor FROM incident_event e JOIN incident i ON i.id = e.incident_id"
				+ " WHERE i.demo").query(String.class).list())).containsExactly(SystemActor.DEMO);
	}

	@Test
	void everyDemoIncidentHasItsCreationAuditEntry() {
		long withoutEntry = jdbc.sql("""
				SELECT count(*) FROM incident i WHERE i.demo AND NOT EXISTS (
				    SELECT 1 FROM audit_entry a WHERE a.object_type = 'Incident' AND a.object_id = i.id::text
				      AND a.action IN ('CREATE', 'BACK_ENTRY') AND a.actor = 'demo')""")
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE demo").query(Long.class).single())
			.isGreaterThan(17980 + 17757);
		assertThat(withoutEntry).as("demo incidents without a creation entry").isZero();
	}
}
