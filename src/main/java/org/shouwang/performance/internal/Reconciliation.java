package org.shouwang.performance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.performance.internal.IndicatorRegistry.Registered;
import org.shouwang.performance.internal.Rollups.Cell;
import org.shouwang.performance.internal.Rollups.Sums;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.security.SignedInUser;
import org.shouwang.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciliation: every counting indicator recounted from its source ({@code forEachFact}, all dates) and compared,
 * cell by cell, with the facts and the three rollups. Runs nightly (configurable) and on demand; a run with
 * differences can be repaired (the indicators concerned rebuilt from their sources, then reconciled again). Runs and
 * repairs are audited. While it runs, record updates wait (it holds the rebuild lock), so a clean run is exact.
 */
@Service
class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	static final String OBJECT_TYPE = "IndicatorRollups";

	static final String RECONCILE = "RECONCILE";

	static final String REPAIR = "REPAIR";

	/** Differences kept in a run's details (all are counted). */
	static final int MAX_DETAILS = 500;

	/** One cell where the recount and the stored figures differ. */
	record Difference(String indicatorCode, String level, LocalDate day, String stationCode, String gridCode,
			String category, long expectedValue, long storedValue, long expectedRecords, long storedRecords) {
	}

	/** One run. */
	record Run(long id, Instant startedAt, Instant finishedAt, String actor, String trigger, int indicators, long facts,
			int differences, List<Difference> details, Instant repairedAt, String repairedBy) {

		public boolean clean() {
			return differences == 0;
		}

		private static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(org.shouwang.platform.indicators.IndicatorPeriod.ZONE);

		/** When the run started, in the branch's time zone. */
		public String started() {
			return LOCAL.format(startedAt);
		}

		public String finished() {
			return LOCAL.format(finishedAt);
		}

		public String repaired() {
			return repairedAt == null ? null : LOCAL.format(repairedAt);
		}
	}

	private final IndicatorRegistry registry;

	private final Rollups rollups;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final JsonMapper json;

	Reconciliation(IndicatorRegistry registry, Rollups rollups, JdbcClient jdbc, AuditTrail audit, JsonMapper json) {
		this.registry = registry;
		this.rollups = rollups;
		this.jdbc = jdbc;
		this.audit = audit;
		this.json = json;
	}

	@Scheduled(cron = "${shouwang.performance.reconciliation.cron:0 30 3 * * *}", zone = "Asia/Shanghai")
	void nightly() {
		SystemActor.run(SystemActor.SYSTEM, () -> {
			Run run = run("SCHEDULE");
			log.info("Indicator reconciliation: {} indicators, {} facts, {} differences", run.indicators(), run.facts(),
					run.differences());
		});
	}

	/** Recounts every counting indicator and compares; the run is stored and audited. */
	@Transactional
	public Run run(String trigger) {
		Instant started = Instant.now();
		rollups.lockExclusively();
		List<Difference> differences = new ArrayList<>();
		long facts = 0;
		List<Registered> counted = registry.counted();
		for (Registered r : counted) {
			Map<Cell, Sums> expected = new TreeMap<>();
			long[] n = { 0 };
			r.source().forEachFact(r.code(), Rollups.ALL_TIME, fact -> {
				expected.merge(Cell.of(fact), new Sums(fact.weight(), 1), (a, b) -> a.plus(b.value(), b.records()));
				n[0]++;
			});
			facts += n[0];
			compare(r.code(), "fact", expected, stored(r.code(), """
					SELECT day, station_code, grid_code, category, sum(weight), count(*) FROM indicator_fact
					WHERE indicator_code = ? GROUP BY 1, 2, 3, 4"""), differences);
			compare(r.code(), "day×station×grid×category", expected, stored(r.code(), """
					SELECT day, station_code, grid_code, category, value, records FROM indicator_rollup
					WHERE indicator_code = ?"""), differences);
			compare(r.code(), "day×station", coarse(expected, false), stored(r.code(), """
					SELECT day, station_code, '', '', value, records FROM indicator_rollup_day WHERE indicator_code = ?"""),
					differences);
			compare(r.code(), "month×station", coarse(expected, true), stored(r.code(), """
					SELECT month, station_code, '', '', value, records FROM indicator_rollup_month WHERE indicator_code = ?"""),
					differences);
		}
		Instant finished = Instant.now();
		List<Difference> details = differences.subList(0, Math.min(MAX_DETAILS, differences.size()));
		String actor = actor();
		long id = jdbc.sql("""
				INSERT INTO indicator_reconciliation (started_at, finished_at, actor, trigger, indicators, facts,
				                                      differences, details)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(at(started), at(finished), actor, trigger, counted.size(), facts, differences.size(),
					json.writeValueAsString(details))
			.query(Long.class)
			.single();
		audit.record(RECONCILE, OBJECT_TYPE, id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("trigger", null, trigger)
			.change("indicators", null, counted.size())
			.change("facts", null, facts)
			.change("differences", null, differences.size())
			.build());
		return new Run(id, started, finished, actor, trigger, counted.size(), facts, differences.size(), details, null,
				null);
	}

	/**
	 * Rebuilds the indicators a run found different from their sources (audited), then reconciles again and returns
	 * that run. A clean run or one already repaired is refused (409).
	 */
	@Transactional
	public Run repair(long runId) {
		Run run = find(runId).orElseThrow(() -> new NotFoundException("Reconciliation " + runId));
		if (run.clean()) {
			throw new ConflictException("The reconciliation found no differences: nothing to repair.");
		}
		if (run.repairedAt() != null) {
			throw new ConflictException("This reconciliation was repaired already.");
		}
		Set<String> codes = new LinkedHashSet<>();
		run.details().forEach(d -> codes.add(d.indicatorCode()));
		if (run.differences() > run.details().size()) {
			registry.counted().forEach(r -> codes.add(r.code()));
		}
		List<Registered> targets = codes.stream().map(registry::find).flatMap(Optional::stream).toList();
		List<Rollups.Built> built = rollups.rebuild(targets);
		String actor = actor();
		jdbc.sql("UPDATE indicator_reconciliation SET repaired_at = now(), repaired_by = ? WHERE id = ?")
			.params(actor, runId)
			.update();
		audit.record(REPAIR, OBJECT_TYPE, runId, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.change("indicators", null, String.join(",", codes))
			.change("differences", run.differences(), null)
			.change("facts", null, built.stream().mapToLong(Rollups.Built::facts).sum())
			.build());
		Rollups.logBuilt("repair of reconciliation " + runId + " by " + actor, built);
		return run("REPAIR");
	}

	/** The latest run, if any. */
	@Transactional(readOnly = true)
	public Optional<Run> latest() {
		return jdbc.sql("SELECT id FROM indicator_reconciliation ORDER BY id DESC LIMIT 1")
			.query(Long.class)
			.optional()
			.flatMap(this::find);
	}

	/** The latest runs, newest first. */
	@Transactional(readOnly = true)
	public List<Run> recent(int limit) {
		return jdbc.sql("SELECT id FROM indicator_reconciliation ORDER BY id DESC LIMIT ?")
			.param(limit)
			.query(Long.class)
			.list()
			.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Run> find(long id) {
		return jdbc.sql("""
				SELECT id, started_at, finished_at, actor, trigger, indicators, facts, differences, details, repaired_at,
				       repaired_by
				FROM indicator_reconciliation WHERE id = ?""")
			.param(id)
			.query((rs, n) -> new Run(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5), rs.getInt(6),
					rs.getLong(7), rs.getInt(8), json.readValue(rs.getString(9), new TypeReference<List<Difference>>() {
					}), rs.getObject(10, OffsetDateTime.class) == null ? null
							: rs.getObject(10, OffsetDateTime.class).toInstant(),
					rs.getString(11)))
			.optional();
	}

	private Map<Cell, Sums> stored(String code, String sql) {
		Map<Cell, Sums> stored = new TreeMap<>();
		jdbc.sql(sql).param(code).query((rs, n) -> {
			stored.put(new Cell(code, rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4)),
					new Sums(rs.getLong(5), rs.getLong(6)));
			return null;
		}).list();
		return stored;
	}

	/** The expected cells summed to day × station, or to month × station. */
	private static Map<Cell, Sums> coarse(Map<Cell, Sums> expected, boolean monthly) {
		Map<Cell, Sums> coarse = new TreeMap<>();
		expected.forEach((c, s) -> coarse.merge(
				new Cell(c.indicatorCode(), monthly ? c.day().withDayOfMonth(1) : c.day(), c.stationCode(), "", ""), s,
				(a, b) -> a.plus(b.value(), b.records())));
		return coarse;
	}

	private static void compare(String code, String level, Map<Cell, Sums> expected, Map<Cell, Sums> stored,
			List<Difference> differences) {
		Set<Cell> cells = new java.util.TreeSet<>(Comparator.naturalOrder());
		cells.addAll(expected.keySet());
		cells.addAll(stored.keySet());
		for (Cell c : cells) {
			Sums e = expected.getOrDefault(c, new Sums(0, 0));
			Sums s = stored.getOrDefault(c, new Sums(0, 0));
			if (!e.equals(s)) {
				differences.add(new Difference(code, level, c.day(), c.stationCode(), c.gridCode(), c.category(),
						e.value(), s.value(), e.records(), s.records()));
			}
		}
	}

	private static String actor() {
		return SignedInUser.current().map(SignedInUser::username).orElse(SystemActor.SYSTEM);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}
}
