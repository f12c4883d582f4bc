package org.shouwang.performance.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.shouwang.performance.internal.IndicatorRegistry.Registered;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts behind the counting indicators and their rollups (indicator × day × station × grid × category, and per
 * day and per month × station): one record's facts are moved by the difference between what is stored and what its
 * source says now; a whole indicator is rebuilt from its source's {@code forEachFact} (bulk imports, first start,
 * repairs). Updates of single records take a shared lock and a lock on the record, rebuilds an exclusive lock, so a
 * rebuild and a live change never interleave.
 */
@Component
class Rollups {

	private static final Logger log = LoggerFactory.getLogger(Rollups.class);

	/** Every date any record can have (rebuilds and reconciliations recount everything). */
	static final IndicatorPeriod ALL_TIME = new IndicatorPeriod(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 1, 1));

	/** Advisory lock key of rebuilds (exclusive) against record updates (shared). */
	private static final long REBUILD_LOCK = 0x5357_4950_4552_4600L;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final IndicatorRegistry registry;

	Rollups(JdbcClient jdbc, DataSource dataSource, IndicatorRegistry registry) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.registry = registry;
	}

	/** Where a fact counts: the key of the finest rollup. */
	record Cell(String indicatorCode, LocalDate day, String stationCode, String gridCode, String category)
			implements Comparable<Cell> {

		static Cell of(IndicatorFact fact) {
			return new Cell(fact.indicatorCode(), fact.date(), blank(fact.stationCode()), blank(fact.gridCode()),
					blank(fact.category()));
		}

		private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::indicatorCode)
			.thenComparing(Cell::day)
			.thenComparing(Cell::stationCode)
			.thenComparing(Cell::gridCode)
			.thenComparing(Cell::category);

		@Override
		public int compareTo(Cell other) {
			return ORDER.compare(this, other);
		}
	}

	/** A rollup cell's sums: the value (sum of weights) and the number of records. */
	record Sums(long value, long records) {

		Sums plus(long value, long records) {
			return new Sums(this.value + value, this.records + records);
		}
	}

	static String blank(String value) {
		return value == null ? "" : value;
	}

	// ---- one record

	/**
	 * Moves the rollups of one record to what its sources say now: facts that vanished are taken out, new ones put
	 * in, changed ones moved. Returns the number of facts changed.
	 */
	@Transactional
	public int refresh(String recordType, UUID recordId) {
		List<Registered> counted = registry.countedFor(recordType);
		if (counted.isEmpty()) {
			return 0;
		}
		jdbc.sql("SELECT pg_advisory_xact_lock_shared(?)").param(REBUILD_LOCK).query(Object.class).list();
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(recordType + ":" + recordId)
			.query(Object.class)
			.list();
		Map<String, IndicatorFact> now = new HashMap<>();
		for (IndicatorSource source : registry.sourcesFor(recordType)) {
			for (IndicatorFact fact : source.factsOf(recordType, recordId)) {
				boolean won = registry.find(fact.indicatorCode())
					.filter(r -> r.source() == source && r.counted())
					.isPresent();
				if (won) {
					now.put(fact.indicatorCode(), fact);
				}
			}
		}
		Map<String, IndicatorFact> stored = new HashMap<>();
		jdbc.sql("""
				SELECT indicator_code, record_number, day, station_code, grid_code, category, weight FROM indicator_fact
				WHERE record_type = ? AND record_id = ?""")
			.params(recordType, recordId)
			.query((rs, n) -> new IndicatorFact(rs.getString(1), recordType, recordId, rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7)))
			.list()
			.forEach(f -> stored.put(f.indicatorCode(), f));
		Map<Cell, Sums> deltas = new TreeMap<>();
		int changed = 0;
		for (Registered r : counted) {
			IndicatorFact before = stored.get(r.code());
			IndicatorFact after = now.get(r.code());
			if (same(before, after)) {
				continue;
			}
			changed++;
			if (before != null) {
				deltas.merge(Cell.of(before), new Sums(-before.weight(), -1), (a, b) -> a.plus(b.value(), b.records()));
				jdbc.sql("DELETE FROM indicator_fact WHERE indicator_code = ? AND record_type = ? AND record_id = ?")
					.params(r.code(), recordType, recordId)
					.update();
			}
			if (after != null) {
				deltas.merge(Cell.of(after), new Sums(after.weight(), 1), (a, b) -> a.plus(b.value(), b.records()));
				jdbc.sql("""
						INSERT INTO indicator_fact (indicator_code, record_type, record_id, record_number, day,
						                            station_code, grid_code, category, weight)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(r.code(), recordType, recordId, after.recordNumber(), after.date(),
							blank(after.stationCode()), blank(after.gridCode()), blank(after.category()), after.weight())
					.update();
			}
		}
		apply(deltas);
		return changed;
	}

	private static boolean same(IndicatorFact a, IndicatorFact b) {
		if (a == null || b == null) {
			return a == b;
		}
		return Objects.equals(a.date(), b.date()) && blank(a.stationCode()).equals(blank(b.stationCode()))
				&& blank(a.gridCode()).equals(blank(b.gridCode())) && blank(a.category()).equals(blank(b.category()))
				&& a.weight() == b.weight() && Objects.equals(a.recordNumber(), b.recordNumber());
	}

	/** Adds the deltas to the three rollups in key order (no deadlocks between concurrent updates). */
	private void apply(Map<Cell, Sums> deltas) {
		Map<List<Object>, Sums> days = new TreeMap<>(Rollups::compareKeys);
		Map<List<Object>, Sums> months = new TreeMap<>(Rollups::compareKeys);
		for (Map.Entry<Cell, Sums> e : deltas.entrySet()) {
			Cell c = e.getKey();
			Sums s = e.getValue();
			if (s.value() == 0 && s.records() == 0) {
				continue;
			}
			upsert("indicator_rollup", "indicator_code, day, station_code, grid_code, category",
					List.of(c.indicatorCode(), c.day(), c.stationCode(), c.gridCode(), c.category()), s);
			days.merge(List.of(c.indicatorCode(), c.day(), c.stationCode()), s, (a, b) -> a.plus(b.value(), b.records()));
			months.merge(List.of(c.indicatorCode(), c.day().withDayOfMonth(1), c.stationCode()), s,
					(a, b) -> a.plus(b.value(), b.records()));
		}
		days.forEach((key, s) -> upsert("indicator_rollup_day", "indicator_code, day, station_code", key, s));
		months.forEach((key, s) -> upsert("indicator_rollup_month", "indicator_code, month, station_code", key, s));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareKeys(List<Object> a, List<Object> b) {
		for (int i = 0; i < a.size(); i++) {
			int c = ((Comparable) a.get(i)).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	private void upsert(String table, String columns, List<Object> key, Sums s) {
		if (s.value() == 0 && s.records() == 0) {
			return;
		}
		String[] names = columns.split(", ");
		String placeholders = "?, ".repeat(names.length);
		jdbc.sql("INSERT INTO " + table + " (" + columns + ", value, records) VALUES (" + placeholders + "?, ?)"
				+ " ON CONFLICT (" + columns + ") DO UPDATE SET value = " + table + ".value + EXCLUDED.value,"
				+ " records = " + table + ".records + EXCLUDED.records")
			.params(concat(key, s.value(), s.records()))
			.update();
		StringBuilder where = new StringBuilder();
		for (String name : names) {
			where.append(name).append(" = ? AND ");
		}
		jdbc.sql("DELETE FROM " + table + " WHERE " + where + "records = 0").params(key).update();
	}

	private static List<Object> concat(List<Object> key, Object... more) {
		List<Object> all = new ArrayList<>(key);
		all.addAll(List.of(more));
		return all;
	}

	// ---- whole indicators

	/** What a rebuild did, per indicator. */
	record Built(String indicatorCode, long facts, long millis) {
	}

	/**
	 * Rebuilds the facts and rollups of these indicators from their sources (all dates), in one transaction: readers
	 * see the old figures until it commits, record updates wait for it.
	 */
	@Transactional
	public List<Built> rebuild(Collection<Registered> indicators) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(REBUILD_LOCK).query(Object.class).list();
		List<Built> built = new ArrayList<>();
		for (Registered r : indicators) {
			if (!r.counted()) {
				continue;
			}
			Instant start = Instant.now();
			String code = r.code();
			for (String table : List.of("indicator_fact", "indicator_rollup", "indicator_rollup_day",
					"indicator_rollup_month")) {
				jdbc.sql("DELETE FROM " + table + " WHERE indicator_code = ?").param(code).update();
			}
			long facts = copyFacts(r);
			jdbc.sql("""
					INSERT INTO indicator_rollup (indicator_code, day, station_code, grid_code, category, value, records)
					SELECT indicator_code, day, station_code, grid_code, category, sum(weight), count(*)
					FROM indicator_fact WHERE indicator_code = ? GROUP BY 1, 2, 3, 4, 5""").param(code).update();
			rollUp(code);
			long millis = Duration.between(start, Instant.now()).toMillis();
			jdbc.sql("""
					INSERT INTO indicator_build (indicator_code, version, built_at, facts, millis) VALUES (?, ?, now(), ?, ?)
					ON CONFLICT (indicator_code) DO UPDATE SET version = EXCLUDED.version, built_at = EXCLUDED.built_at,
					    facts = EXCLUDED.facts, millis = EXCLUDED.millis""")
				.params(code, r.definition().version(), facts, millis)
				.update();
			built.add(new Built(code, facts, millis));
		}
		return built;
	}

	/** The coarser rollups of an indicator from its finest one. */
	private void rollUp(String code) {
		jdbc.sql("""
				INSERT INTO indicator_rollup_day (indicator_code, day, station_code, value, records)
				SELECT indicator_code, day, station_code, sum(value), sum(records)
				FROM indicator_rollup WHERE indicator_code = ? GROUP BY 1, 2, 3""").param(code).update();
		jdbc.sql("""
				INSERT INTO indicator_rollup_month (indicator_code, month, station_code, value, records)
				SELECT indicator_code, date_trunc('month', day)::date, station_code, sum(value), sum(records)
				FROM indicator_rollup_day WHERE indicator_code = ? GROUP BY 1, 2, 3""").param(code).update();
	}

	/** Streams the source's facts into {@code indicator_fact} with COPY, in chunks. */
	private long copyFacts(Registered r) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			PGConnection pg = connection.unwrap(PGConnection.class);
			StringBuilder chunk = new StringBuilder(1 << 20);
			long[] count = { 0 };
			Consumer<IndicatorFact> sink = fact -> {
				if (!r.code().equals(fact.indicatorCode())) {
					throw new IllegalStateException(r.code() + ": the source gave a fact of " + fact.indicatorCode());
				}
				chunk.append(text(fact.indicatorCode())).append('\t').append(text(fact.recordType())).append('\t')
					.append(fact.recordId()).append('\t').append(text(fact.recordNumber())).append('\t')
					.append(fact.date()).append('\t').append(text(blank(fact.stationCode()))).append('\t')
					.append(text(blank(fact.gridCode()))).append('\t').append(text(blank(fact.category()))).append('\t')
					.append(fact.weight()).append('\n');
				count[0]++;
				if (chunk.length() > (1 << 20) - 1024) {
					copy(pg, chunk);
				}
			};
			r.source().forEachFact(r.code(), ALL_TIME, sink);
			copy(pg, chunk);
			return count[0];
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY of the facts of " + r.code() + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void copy(PGConnection pg, StringBuilder chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		try (Reader reader = new StringReader(chunk.toString())) {
			pg.getCopyAPI()
				.copyIn("COPY indicator_fact (indicator_code, record_type, record_id, record_number, day, station_code,"
						+ " grid_code, category, weight) FROM STDIN", reader);
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY of indicator facts failed", ex);
		}
		chunk.setLength(0);
	}

	/** A value in COPY's text format (\N for null; backslash, tab and line breaks escaped). */
	static String text(String value) {
		if (value == null) {
			return "\\N";
		}
		StringBuilder out = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Takes the rebuild lock exclusively for the current transaction (record updates and rebuilds wait). */
	void lockExclusively() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(REBUILD_LOCK).query(Object.class).list();
	}

	/** Asks for a rebuild of the indicators over a record type (taken by {@link #catchUp}). */
	@Transactional
	public void requestRebuild(String recordType, int records) {
		jdbc.sql("INSERT INTO indicator_rebuild_request (record_type, records, requested_at) VALUES (?, ?, now())")
			.params(recordType, records)
			.update();
	}

	/**
	 * Takes every pending rebuild request and rebuilds, once, the indicators over their record types, with (at
	 * start-up) the indicators never built or built from another version of their definition. A request is read
	 * after the import that made it committed, and the recount reads after the request, so the rebuild sees it.
	 */
	@Transactional
	public List<Built> catchUp(boolean includeUnbuilt) {
		boolean requested = jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicator_rebuild_request)").query(Boolean.class).single();
		if (!requested && (!includeUnbuilt || unbuilt().isEmpty())) {
			return List.of();
		}
		lockExclusively();
		// Read again under the lock: a concurrent catch-up (another node, the poll) may have done the work.
		List<String> types = jdbc.sql("DELETE FROM indicator_rebuild_request RETURNING record_type")
			.query(String.class)
			.list();
		java.util.Set<Registered> targets = new java.util.LinkedHashSet<>(includeUnbuilt ? unbuilt() : List.of());
		types.stream().distinct().forEach(type -> targets.addAll(registry.countedFor(type)));
		return rebuild(targets);
	}

	/** The indicators whose facts were never built, or built from another version of their definition. */
	List<Registered> unbuilt() {
		Map<String, Integer> versions = new HashMap<>();
		jdbc.sql("SELECT indicator_code, version FROM indicator_build")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.forEach(e -> versions.put(e.getKey(), e.getValue()));
		return registry.counted()
			.stream()
			.filter(r -> !Integer.valueOf(r.definition().version()).equals(versions.get(r.code())))
			.toList();
	}

	static void logBuilt(String why, List<Built> built) {
		if (!built.isEmpty()) {
			log.info("Indicator rollups rebuilt ({}): {} indicators, {} facts in {} ms ({})", why, built.size(),
					built.stream().mapToLong(Built::facts).sum(), built.stream().mapToLong(Built::millis).sum(),
					built.stream().map(b -> b.indicatorCode() + " " + b.facts()).toList());
		}
	}
}
