package org.shouwang.performance.internal;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.shouwang.performance.Figure;
import org.shouwang.performance.internal.IndicatorRegistry.Registered;
import org.shouwang.platform.database.EmbeddedDatabaseProperties;
import org.shouwang.platform.database.EmbeddedPostgresServer;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The indicator benchmark (BENCHMARKS.md): N incidents over five years (2021–2025, default 10,000,000) are written
 * with COPY into Shouwang's own incident table (schema from the migrations, on an embedded PostgreSQL 17 with the
 * application's settings), with progress; the rollups are built by the application's own rebuild (the command
 * centre's real {@code IncidentIndicators} source, COPY into the fact table). Then, in the same run and on the same
 * data, each repeated after a warm-up:
 * <ol>
 * <li><b>Shouwang</b>: the whole 2025 indicator set for the branch with 同比 ({@code FigureService.evaluate}, one
 * statement over the month and day rollups) and one station's monthly trend, this year and last
 * ({@code RollupQueries.monthly});</li>
 * <li><b>PostgreSQL GROUP BY</b>: the same figures straight from the incident table (one statement with a FILTER per
 * indicator over 2024–2025, and the station's months);</li>
 * <li><b>DuckDB</b> (in-process, the incident columns copied into a columnar table, local day precomputed): the same
 * two queries.</li>
 * </ol>
 * It prints p50/p95 of each, the ratios, and checks that the three give the same figures.
 * <p>
 * Usage: {@code IndicatorBenchmark [--incidents=10000000] [--repeat=30] [--station=WB01] [--data-dir=...]}.
 */
public final class IndicatorBenchmark {

	private static final String[] CATEGORIES = { "CRIMINAL", "PUBLIC_ORDER", "TRAFFIC", "FIRE", "HELP", "DISPUTE",
			"REPORT", "OTHER" };

	private static final int[] CATEGORY_WEIGHTS = { 10, 16, 20, 1, 23, 18, 2, 10 };

	private static final Map<String, String[]> SUBTYPES = Map.of("CRIMINAL",
			new String[] { "THEFT", "BURGLARY", "FRAUD", "TELECOM_FRAUD", "ASSAULT" }, "PUBLIC_ORDER",
			new String[] { "FIGHT", "NOISE", "PROVOCATION" }, "TRAFFIC", new String[] { "ACCIDENT", "CONGESTION" }, "FIRE",
			new String[] { "BUILDING_FIRE" }, "HELP",
			new String[] { "MISSING_ELDERLY", "MISSING_CHILD", "SUDDEN_ILLNESS", "LOST_PROPERTY", "LOCKED_OUT", "OTHER_HELP" },
			"DISPUTE", new String[] { "NEIGHBOUR", "FAMILY" }, "REPORT", new String[] { "DRUGS" }, "OTHER",
			new String[] { "CONSULTATION" });

	private static final String[] STATIONS = { "WB01", "WB02", "WB03", "WB04", "WB05", "WB06", "WB07" };

	private static final int GRIDS_PER_STATION = 23;

	/** The counting conditions of the command centre's indicators, written out for the baselines. */
	private static final Map<String, String> CONDITIONS = new LinkedHashMap<>();

	static {
		CONDITIONS.put("EMERGENCY_HELP_INCIDENTS", "category = 'HELP' AND status <> 'MERGED'");
		CONDITIONS.put("CRIMINAL_INCIDENTS", "category = 'CRIMINAL' AND status <> 'MERGED'");
		CONDITIONS.put("CAMPUS_INCIDENTS", "school_related AND category IN ('CRIMINAL', 'PUBLIC_ORDER') AND status <> 'MERGED'");
		CONDITIONS.put("MISSING_PERSONS_FOUND",
				"category = 'HELP' AND subtype IN ('MISSING_ELDERLY', 'MISSING_CHILD') AND disposition = 'PERSON_FOUND'");
		CONDITIONS.put("PATIENT_ESCORTS", "category = 'HELP' AND disposition = 'ESCORTED_TO_HOSPITAL'");
		CONDITIONS.put("PUBLIC_ASSISTANCE_FOUND", "category = 'HELP' AND disposition IN ('PERSON_FOUND', 'PROPERTY_RECOVERED')");
		CONDITIONS.put("BACK_ENTERED_INCIDENTS", "back_entry AND status <> 'MERGED'");
		CONDITIONS.put("ARRIVALS_ON_SCENE", "on_scene_at IS NOT NULL AND arrival_within_standard IS NOT NULL AND status <> 'MERGED'");
		CONDITIONS.put("ARRIVALS_WITHIN_STANDARD", "on_scene_at IS NOT NULL AND arrival_within_standard AND status <> 'MERGED'");
	}

	private IndicatorBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			options.put(kv[0], kv.length > 1 ? kv[1] : "true");
		}
		long incidents = Long.parseLong(options.getOrDefault("incidents", "10000000"));
		int repeat = Integer.parseInt(options.getOrDefault("repeat", "30"));
		String station = options.getOrDefault("station", "WB01");
		Path dataDir = Path.of(options.getOrDefault("data-dir", "target/bench/indicators-pg"));
		System.out.printf(Locale.ROOT, "== IndicatorBenchmark: %,d incidents 2021–2025, %d repetitions, %d cores%n",
				incidents, repeat, Runtime.getRuntime().availableProcessors());

		EmbeddedPostgresServer server = EmbeddedPostgresServer
			.acquire(new EmbeddedDatabaseProperties(0, dataDir, Duration.ofSeconds(120), 50, true));
		try (HikariDataSource ds = dataSource(server.jdbcUrl())) {
			Flyway.configure()
				.dataSource(ds)
				.locations("classpath:db/migration")
				.placeholders(Map.of("appRole", "postgres"))
				.load()
				.migrate();
			generate(ds, incidents);
			JdbcTemplate template = new JdbcTemplate(ds);
			JdbcClient jdbc = JdbcClient.create(template);
			TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));

			IndicatorRegistry registry = new IndicatorRegistry(List.of(incidentSource(jdbc)));
			Rollups rollups = new Rollups(jdbc, ds, registry);
			Instant buildStart = Instant.now();
			List<Rollups.Built> built = tx.execute(s -> rollups.rebuild(registry.counted()));
			System.out.printf(Locale.ROOT, "rollups built by the application's rebuild in %,d ms: %,d facts of %d indicators%n",
					Duration.between(buildStart, Instant.now()).toMillis(), built.stream().mapToLong(Rollups.Built::facts).sum(),
					built.size());
			template.execute("VACUUM ANALYZE");
			template.execute("CHECKPOINT");
			System.out.printf(Locale.ROOT, "rollup rows: %,d fine, %,d day × station, %,d month × station%n",
					count(jdbc, "indicator_rollup"), count(jdbc, "indicator_rollup_day"), count(jdbc, "indicator_rollup_month"));

			RollupQueries queries = new RollupQueries(jdbc);
			FigureService figures = new FigureService(registry, queries);
			IndicatorPeriod year = IndicatorPeriod.year(2025);
			List<String> codes = registry.counted().stream().map(Registered::code).toList();

			Map<String, BigDecimal> shouwangFigures = new LinkedHashMap<>();
			for (Figure f : tx.execute(s -> figures.evaluate(registry.all(), year, null, false))) {
				shouwangFigures.put(f.code(), f.value());
			}
			Map<String, Long> pgFigures = postgresFigures(template);
			Map<String, Long> shouwangTrend = shouwangTrend(queries, codes, station);
			Map<String, Long> pgTrend = postgresTrend(template, station);

			try (DuckDBConnection duck = (DuckDBConnection) java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
				Instant copyStart = Instant.now();
				copyToDuckDb(ds, duck);
				System.out.printf(Locale.ROOT, "DuckDB: incidents copied in %,d ms%n",
						Duration.between(copyStart, Instant.now()).toMillis());
				Map<String, Long> duckFigures = duckFigures(duck);
				Map<String, Long> duckTrend = duckTrend(duck, station);
				check("2025 figures", shouwangFigures, pgFigures, duckFigures);
				check(station + " monthly trend", toDecimal(shouwangTrend), pgTrend, duckTrend);

				Map<String, double[]> results = new LinkedHashMap<>();
				results.put("Shouwang: 2025 indicator set with 同比",
						time(repeat, () -> tx.execute(s -> figures.evaluate(registry.all(), year, null, false))));
				results.put("PostgreSQL GROUP BY: 2025 set with 同比", time(repeat, () -> postgresFigures(template)));
				results.put("DuckDB: 2025 set with 同比", time(repeat, () -> duckFigures(duck)));
				results.put("Shouwang: " + station + " monthly trend", time(repeat, () -> shouwangTrend(queries, codes, station)));
				results.put("PostgreSQL GROUP BY: " + station + " monthly trend", time(repeat, () -> postgresTrend(template, station)));
				results.put("DuckDB: " + station + " monthly trend", time(repeat, () -> duckTrend(duck, station)));
				report(results);
			}
		}
		finally {
			server.release();
		}
	}

	private static HikariDataSource dataSource(String url) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername("postgres");
		config.setMaximumPoolSize(4);
		return new HikariDataSource(config);
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	/** The command centre's real source (package-private in its module), built by reflection. */
	private static IndicatorSource incidentSource(JdbcClient jdbc) throws Exception {
		Class<?> type = Class.forName("org.shouwang.command.IncidentIndicators");
		Constructor<?> constructor = type.getDeclaredConstructor(JdbcClient.class,
				Class.forName("org.shouwang.command.IncidentCatalogue"));
		constructor.setAccessible(true);
		return (IndicatorSource) constructor.newInstance(jdbc, null);
	}

	// ---- data

	/** N incidents spread over 2021–2025 (uniform in time), written with COPY in chunks, with progress. */
	private static void generate(DataSource ds, long n) throws Exception {
		Instant start = Instant.now();
		SplittableRandom random = new SplittableRandom(20251231L);
		long from = OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toEpochSecond();
		long to = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toEpochSecond();
		int total = Arrays.stream(CATEGORY_WEIGHTS).sum();
		try (Connection connection = ds.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			StringBuilder chunk = new StringBuilder(1 << 22);
			for (long i = 0; i < n; i++) {
				long at = from + (long) ((double) i / n * (to - from)) + random.nextInt(60);
				String category = pick(random, total);
				String[] subtypes = SUBTYPES.get(category);
				String subtype = subtypes[random.nextInt(subtypes.length)];
				String stationCode = STATIONS[random.nextInt(STATIONS.length)];
				String grid = stationCode + "-" + String.format(Locale.ROOT, "%03d", 1 + random.nextInt(GRIDS_PER_STATION));
				boolean urban = random.nextInt(3) > 0;
				int standard = urban ? 300 : 600;
				int arrival = 120 + random.nextInt(urban ? 330 : 600);
				String disposition = disposition(random, category, subtype);
				boolean school = (category.equals("CRIMINAL") || category.equals("PUBLIC_ORDER")) && random.nextInt(40) == 0;
				String reported = OffsetDateTime.ofInstant(Instant.ofEpochSecond(at), ZoneOffset.UTC).toString();
				String onScene = OffsetDateTime.ofInstant(Instant.ofEpochSecond(at + arrival), ZoneOffset.UTC).toString();
				String cleared = OffsetDateTime.ofInstant(Instant.ofEpochSecond(at + arrival + 1800), ZoneOffset.UTC).toString();
				chunk.append(new UUID(random.nextLong(), random.nextLong())).append('\t')
					.append("BJ").append(String.format(Locale.ROOT, "%012d", i)).append('\t')
					.append("CLEARED\tCALL_110\t").append(category).append('\t').append(subtype).append("\t3\t")
					.append(reported).append('\t').append(reported).append('\t')
					.append(35.25 + random.nextDouble() * 0.1).append('\t').append(113.8 + random.nextDouble() * 0.12).append('\t')
					.append(grid).append('\t').append(urban ? "URBAN" : "SUBURBAN").append('\t').append(stationCode).append('\t')
					.append(random.nextInt(500) == 0).append('\t').append(reported).append('\t').append(onScene).append('\t')
					.append(cleared).append('\t').append(disposition).append('\t').append(standard).append('\t')
					.append(arrival <= standard).append('\t').append(school).append('\t').append(cleared).append('\n');
				if ((i + 1) % 100_000 == 0 || i == n - 1) {
					pg.getCopyAPI().copyIn("COPY incident (id, number, status, channel, category, subtype, priority, reported_at,"
							+ " received_at, lat, lng, grid_code, grid_type, station_code, back_entry, first_dispatched_at, on_scene_at,"
							+ " cleared_at, disposition, arrival_standard_seconds, arrival_within_standard, school_related, updated_at)"
							+ " FROM STDIN", new StringReader(chunk.toString()));
					chunk.setLength(0);
					if ((i + 1) % 1_000_000 == 0 || i == n - 1) {
						long s = Math.max(1, Duration.between(start, Instant.now()).toSeconds());
						System.out.printf(Locale.ROOT, "  generated %,d / %,d incidents (%,d/s)%n", i + 1, n, (i + 1) / s);
					}
				}
			}
		}
		try (Connection connection = ds.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("ANALYZE incident");
		}
		System.out.printf(Locale.ROOT, "incidents written with COPY in %,d ms%n", Duration.between(start, Instant.now()).toMillis());
	}

	private static String pick(SplittableRandom random, int total) {
		int r = random.nextInt(total);
		for (int c = 0; c < CATEGORIES.length; c++) {
			r -= CATEGORY_WEIGHTS[c];
			if (r < 0) {
				return CATEGORIES[c];
			}
		}
		return CATEGORIES[CATEGORIES.length - 1];
	}

	private static String disposition(SplittableRandom random, String category, String subtype) {
		if (subtype.startsWith("MISSING_")) {
			return random.nextInt(10) < 9 ? "PERSON_FOUND" : "REFERRED";
		}
		if (subtype.equals("LOST_PROPERTY")) {
			return random.nextInt(3) == 0 ? "PROPERTY_RECOVERED" : "RESOLVED_ON_SITE";
		}
		if (subtype.equals("SUDDEN_ILLNESS")) {
			return random.nextInt(12) == 0 ? "ESCORTED_TO_HOSPITAL" : "REFERRED";
		}
		return category.equals("CRIMINAL") ? "CASE_OPENED" : "RESOLVED_ON_SITE";
	}

	// ---- the three ways

	private static Map<String, Long> shouwangTrend(RollupQueries queries, List<String> codes, String station) {
		Map<String, Long> trend = new LinkedHashMap<>();
		for (int y = 2024; y <= 2025; y++) {
			queries.monthly(List.of("EMERGENCY_HELP_INCIDENTS"), LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), station)
				.forEach((month, values) -> trend.put(month.toString().substring(0, 7),
						values.getOrDefault("EMERGENCY_HELP_INCIDENTS", 0L)));
		}
		return trend;
	}

	private static String filters(String yearExpression) {
		StringBuilder sql = new StringBuilder();
		for (Map.Entry<String, String> c : CONDITIONS.entrySet()) {
			for (int y = 2024; y <= 2025; y++) {
				sql.append(", count(*) FILTER (WHERE ").append(yearExpression).append(" = ").append(y).append(" AND ")
					.append(c.getValue()).append(") AS \"").append(c.getKey()).append('/').append(y).append('"');
			}
		}
		return sql.substring(2);
	}

	/** The 2025 set with 2024 beside it, straight from the incident table. */
	private static Map<String, Long> postgresFigures(JdbcTemplate jdbc) {
		return jdbc.query("SELECT " + filters("extract(year FROM reported_at AT TIME ZONE 'Asia/Shanghai')")
				+ " FROM incident WHERE reported_at >= '2024-01-01T00:00:00+08:00' AND reported_at < '2026-01-01T00:00:00+08:00'",
				IndicatorBenchmark::figures);
	}

	private static Map<String, Long> figures(ResultSet rs) throws java.sql.SQLException {
		rs.next();
		Map<String, Long> values = new LinkedHashMap<>();
		int column = 1;
		for (String code : CONDITIONS.keySet()) {
			long y2024 = rs.getLong(column++);
			long y2025 = rs.getLong(column++);
			values.put(code, y2025);
			values.put(code + "/2024", y2024);
		}
		return values;
	}

	private static Map<String, Long> postgresTrend(JdbcTemplate jdbc, String station) {
		Map<String, Long> trend = new LinkedHashMap<>();
		jdbc.query("SELECT to_char(reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), count(*) FROM incident"
				+ " WHERE station_code = ? AND reported_at >= '2024-01-01T00:00:00+08:00' AND reported_at < '2026-01-01T00:00:00+08:00'"
				+ " AND " + CONDITIONS.get("EMERGENCY_HELP_INCIDENTS") + " GROUP BY 1 ORDER BY 1",
				(ResultSet rs) -> {
					trend.put(rs.getString(1), rs.getLong(2));
				}, station);
		return trend;
	}

	private static void copyToDuckDb(DataSource ds, DuckDBConnection duck) throws Exception {
		try (Statement s = duck.createStatement()) {
			s.execute("CREATE TABLE incident (day DATE, category VARCHAR, subtype VARCHAR, status VARCHAR, disposition VARCHAR,"
					+ " station_code VARCHAR, back_entry BOOLEAN, school_related BOOLEAN, on_scene_at BIGINT,"
					+ " arrival_within_standard BOOLEAN)");
		}
		try (Connection pg = ds.getConnection(); DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "incident")) {
			pg.setAutoCommit(false);
			try (PreparedStatement statement = pg.prepareStatement("SELECT (reported_at AT TIME ZONE 'Asia/Shanghai')::date,"
					+ " category, subtype, status, disposition, station_code, back_entry, school_related,"
					+ " extract(epoch FROM on_scene_at)::bigint, arrival_within_standard FROM incident")) {
				statement.setFetchSize(50_000);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						appender.beginRow();
						appender.append(rs.getObject(1, LocalDate.class));
						appender.append(rs.getString(2));
						appender.append(rs.getString(3));
						appender.append(rs.getString(4));
						appender.append(rs.getString(5));
						appender.append(rs.getString(6));
						appender.append(rs.getBoolean(7));
						appender.append(rs.getBoolean(8));
						long onScene = rs.getLong(9);
						if (rs.wasNull()) {
							appender.appendNull();
						}
						else {
							appender.append(onScene);
						}
						boolean within = rs.getBoolean(10);
						if (rs.wasNull()) {
							appender.appendNull();
						}
						else {
							appender.append(within);
						}
						appender.endRow();
					}
				}
			}
			pg.commit();
		}
	}

	private static Map<String, Long> duckFigures(DuckDBConnection duck) throws java.sql.SQLException {
		try (Statement s = duck.createStatement();
				ResultSet rs = s.executeQuery("SELECT " + filters("year(day)")
						+ " FROM incident WHERE day >= DATE '2024-01-01' AND day < DATE '2026-01-01'")) {
			return figures(rs);
		}
	}

	private static Map<String, Long> duckTrend(DuckDBConnection duck, String station) throws java.sql.SQLException {
		Map<String, Long> trend = new LinkedHashMap<>();
		try (PreparedStatement s = duck.prepareStatement("SELECT strftime(day, '%Y-%m'), count(*) FROM incident"
				+ " WHERE station_code = ? AND day >= DATE '2024-01-01' AND day < DATE '2026-01-01' AND "
				+ CONDITIONS.get("EMERGENCY_HELP_INCIDENTS") + " GROUP BY 1 ORDER BY 1")) {
			s.setString(1, station);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					trend.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return trend;
	}

	// ---- checks and timing

	private static Map<String, BigDecimal> toDecimal(Map<String, Long> values) {
		Map<String, BigDecimal> decimals = new LinkedHashMap<>();
		values.forEach((k, v) -> decimals.put(k, BigDecimal.valueOf(v)));
		return decimals;
	}

	private static void check(String what, Map<String, BigDecimal> shouwang, Map<String, Long> postgres,
			Map<String, Long> duck) {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Long> e : postgres.entrySet()) {
			if (e.getKey().endsWith("/2024")) {
				continue;
			}
			BigDecimal mine = shouwang.get(e.getKey());
			if (mine == null || mine.longValueExact() != e.getValue() || !e.getValue().equals(duck.get(e.getKey()))) {
				wrong.add(e.getKey() + ": Shouwang " + mine + ", PostgreSQL " + e.getValue() + ", DuckDB " + duck.get(e.getKey()));
			}
		}
		if (!wrong.isEmpty()) {
			throw new IllegalStateException(what + " differ: " + wrong);
		}
		System.out.printf(Locale.ROOT, "%s: Shouwang, PostgreSQL and DuckDB agree (%d values)%n", what,
				postgres.keySet().stream().filter(k -> !k.endsWith("/2024")).count());
	}

	private static double[] time(int repeat, Callable<?> work) throws Exception {
		for (int i = 0; i < Math.max(3, repeat / 5); i++) {
			work.call();
		}
		double[] millis = new double[repeat];
		for (int i = 0; i < repeat; i++) {
			long start = System.nanoTime();
			work.call();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static double percentile(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static void report(Map<String, double[]> results) {
		System.out.println();
		System.out.printf(Locale.ROOT, "%-52s %10s %10s%n", "query", "p50 ms", "p95 ms");
		results.forEach((name, t) -> System.out.printf(Locale.ROOT, "%-52s %10.2f %10.2f%n", name, percentile(t, 0.5),
				percentile(t, 0.95)));
		List<double[]> v = new ArrayList<>(results.values());
		System.out.println();
		System.out.printf(Locale.ROOT, "2025 set:  PostgreSQL GROUP BY / Shouwang = %.1f×, DuckDB / Shouwang = %.1f×%n",
				percentile(v.get(1), 0.5) / percentile(v.get(0), 0.5), percentile(v.get(2), 0.5) / percentile(v.get(0), 0.5));
		System.out.printf(Locale.ROOT, "trend:     PostgreSQL GROUP BY / Shouwang = %.1f×, DuckDB / Shouwang = %.1f×%n",
				percentile(v.get(4), 0.5) / percentile(v.get(3), 0.5), percentile(v.get(5), 0.5) / percentile(v.get(3), 0.5));
	}

}
