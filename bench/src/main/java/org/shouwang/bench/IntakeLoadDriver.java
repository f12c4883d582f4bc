package org.shouwang.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load driver for incident intake over HTTP on loopback, with a plain-JDBC baseline on the same PostgreSQL.
 *
 * <p>It starts Shouwang as a child JVM (the packaged jar, or the current class path) on a fresh embedded
 * PostgreSQL data directory (fsync on, synchronous_commit on: the application's settings), with the demo
 * district (its grids for the geocoder and, when security is on, the dispatcher's account). Then, in one
 * run, for Shouwang ({@code POST /api/v1/incidents}, a unique Idempotency-Key each) and for the baseline
 * (one INSERT of an equivalent row per transaction, autocommit, into a table with the incident table's
 * columns, indexes and an Idempotency-Key unique index):
 * <ol>
 * <li>a warm-up (closed loop, 60 s per target by default, not recorded: long enough for the JIT);</li>
 * <li>200/s for 30 s: p50, p90, p99, max latency and errors;</li>
 * <li>stepping the rate up (5, 10, 25, 50, 100, 200, 400, 800, 1200 …) until a step is not sustained (p99
 * &gt; 100 ms, any error, or a backlog; a step that missed only on p99 is run once more), then one step
 * halfway between the last good rate and that one.</li>
 * </ol>
 * Every step starts with a CHECKPOINT, so that no step inherits the previous one's dirty pages.
 *
 * <p>Open model: a scheduler thread issues request i at {@code start + i / rate} regardless of how the
 * earlier ones fare and puts it in a queue served by a fixed number of workers (the same for both: the
 * application's connection pool size); a request's latency runs from its planned start to its response,
 * so queueing counts (no coordinated omission). A step whose queue falls more than 2 s of arrivals behind
 * is stopped and counted as not sustained; the requests it never started are counted as backlog.
 */
public final class IntakeLoadDriver {

	private static final double LAT_MIN = 35.26, LAT_MAX = 35.34, LNG_MIN = 113.78, LNG_MAX = 113.92;

	private static final String[][] KINDS = { { "CRIMINAL", "THEFT" }, { "CRIMINAL", "FRAUD" },
			{ "PUBLIC_ORDER", "NOISE" }, { "PUBLIC_ORDER", "FIGHT" }, { "TRAFFIC", "ACCIDENT" },
			{ "HELP", "LOST_PROPERTY" }, { "HELP", "MISSING_ELDERLY" }, { "DISPUTE", "NEIGHBOUR" },
			{ "DISPUTE", "FAMILY" }, { "REPORT", "OTHER_REPORT" }, { "OTHER", "CONSULTATION" }, { "FIRE", "OTHER_FIRE" } };

	private static final String[] CHANNELS = { "CALL_110", "CALL_110", "CALL_110", "ONLINE", "WALK_IN", "PATROL" };

	private static final String SUMMARY = "报警人称在小区门口与他人发生口角，现场有人员聚集，请民警到场处置。";

	private static final double SUSTAINED_P99_MS = 100;

	private final Settings settings;

	private final HttpClient http;

	private volatile String token;

	private URI intakeUri;

	private int webPort;

	private int dbPort;

	private Process app;

	/** Everything the command line can set ({@code --name=value}). */
	record Settings(Path jar, Path workDir, int workers, int headlineRate, int headlineSeconds, int stepSeconds,
			int warmupSeconds, List<Integer> rates, boolean demo, String appHeap, boolean baseline) {

		static Settings parse(String[] args) {
			Map<String, String> a = new LinkedHashMap<>();
			for (String arg : args) {
				if (!arg.startsWith("--") || !arg.contains("=")) {
					throw new IllegalArgumentException("expected --name=value, got " + arg);
				}
				a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			List<Integer> rates = new ArrayList<>();
			for (String r : a.getOrDefault("rates", "5,10,25,50,100,200,400,800,1200,1600,2000,2400,3200,4000,4800,6400").split(",")) {
				rates.add(Integer.parseInt(r.trim()));
			}
			return new Settings(a.containsKey("jar") ? Path.of(a.get("jar")).toAbsolutePath() : null,
					Path.of(a.getOrDefault("work-dir", "target/bench/intake")).toAbsolutePath(),
					Integer.parseInt(a.getOrDefault("workers", "20")),
					Integer.parseInt(a.getOrDefault("headline-rate", "200")),
					Integer.parseInt(a.getOrDefault("headline-seconds", "30")),
					Integer.parseInt(a.getOrDefault("step-seconds", "10")),
					Integer.parseInt(a.getOrDefault("warmup-seconds", "60")), List.copyOf(rates),
					Boolean.parseBoolean(a.getOrDefault("demo", "true")), a.getOrDefault("app-heap", "1g"),
					Boolean.parseBoolean(a.getOrDefault("baseline", "true")));
		}
	}

	/** One request kind under load: Shouwang's intake over HTTP, or the baseline INSERT. */
	private interface Target {

		String name();

		/** A worker's own state (its connection), made once per worker thread and step. */
		Worker worker() throws Exception;
	}

	private interface Worker extends AutoCloseable {

		/** Sends one request; returns null when it succeeded, else a short description of the error. */
		String call() throws Exception;

		@Override
		default void close() throws Exception {
		}
	}

	/** The figures of one step. */
	record Step(String target, int rate, int seconds, int planned, int ok, int errors, int backlog, double achieved,
			double p50, double p90, double p99, double max, boolean sustained, Map<String, Integer> errorKinds,
			String load) {

		String line() {
			return String.format(Locale.ROOT, "%-9s %6d/s %4ds %7d %7d %6d %7d %9.1f/s %8.2f %8.2f %8.2f %8.1f  %-3s %s%s",
					target, rate, seconds, planned, ok, errors, backlog, achieved, p50, p90, p99, max,
					sustained ? "yes" : "NO", load, errorKinds.isEmpty() ? "" : " errors: " + errorKinds);
		}

		static String header() {
			return String.format(Locale.ROOT, "%-9s %8s %5s %7s %7s %6s %7s %11s %8s %8s %8s %8s  %-3s %s", "target",
					"rate", "time", "planned", "ok", "errors", "backlog", "achieved", "p50 ms", "p90 ms", "p99 ms",
					"max ms", "ok?", "loadavg before/after");
		}
	}

	IntakeLoadDriver(Settings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public static void main(String[] args) throws Exception {
		IntakeLoadDriver driver = new IntakeLoadDriver(Settings.parse(args));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				driver.stopApp();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		try {
			driver.run();
		}
		finally {
			driver.stopApp();
		}
	}

	void run() throws Exception {
		System.out.printf("Intake load driver: %s, %d cores, started %s, loadavg %s%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Instant.now(), loadAverage());
		System.out.printf("settings: %s%n", settings);
		startApp();
		Target shouwang = shouwangTarget();
		Target baseline = baselineTarget();

		// Warm-up of both (JIT, connection pools, caches): closed loop, as fast as the workers go, not recorded.
		// The baseline first: its hundreds of thousands of rows leave vacuum and checkpoint work behind, which
		// is done (below) before anything is measured, and Shouwang's warm-up is what precedes its headline.
		int baselineWarmUp = settings.baseline() ? warmUp(baseline, settings.warmupSeconds()) : 0;
		int shouwangWarmUp = warmUp(shouwang, settings.warmupSeconds());
		System.out.printf("%nwarm-up: %d s closed loop each (not recorded): Shouwang %d requests, baseline %d requests%n",
				settings.warmupSeconds(), shouwangWarmUp, baselineWarmUp);
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("VACUUM ANALYZE");
		}

		List<Step> steps = new ArrayList<>();
		System.out.printf("%n%s%n", Step.header());
		Step headlineShouwang = report(steps, runStep(shouwang, settings.headlineRate(), settings.headlineSeconds()));
		Step headlineBaseline = settings.baseline()
				? report(steps, runStep(baseline, settings.headlineRate(), settings.headlineSeconds())) : null;

		// Step the rate up, the two interleaved (so that other load on the machine hits both alike), each
		// until its first step that is not sustained; then one step halfway between the last good and that one.
		int[] best = { 0, 0 };
		boolean[] done = { false, !settings.baseline() };
		int[] firstFailed = { 0, 0 };
		Target[] targets = { shouwang, baseline };
		for (int rate : settings.rates()) {
			if (done[0] && done[1]) {
				break;
			}
			for (int t = 0; t < 2; t++) {
				if (done[t]) {
					continue;
				}
				Step step = report(steps, runStep(targets[t], rate, settings.stepSeconds()));
				if (!step.sustained() && step.backlog() == 0 && step.errors() == 0) {
					// Only the p99 missed: other load on the machine can do that to one step; try it once more.
					step = report(steps, runStep(targets[t], rate, settings.stepSeconds()));
				}
				if (step.sustained()) {
					best[t] = rate;
				}
				else {
					done[t] = true;
					firstFailed[t] = rate;
				}
			}
		}
		for (int t = 0; t < 2; t++) {
			if (firstFailed[t] > 0 && firstFailed[t] - best[t] >= 20) {
				int grain = firstFailed[t] - best[t] >= 400 ? 100 : 5;
				int mid = (best[t] + firstFailed[t]) / 2 / grain * grain;
				Step step = report(steps, runStep(targets[t], mid, settings.stepSeconds()));
				if (step.sustained()) {
					best[t] = mid;
				}
			}
		}

		System.out.printf("%n==== summary (%s, loadavg now %s) ====%n", Instant.now(), loadAverage());
		System.out.printf(Locale.ROOT, "at %d/s for %d s:  Shouwang p50 %.2f ms, p99 %.2f ms, max %.1f ms, errors %d%n",
				settings.headlineRate(), settings.headlineSeconds(), headlineShouwang.p50(), headlineShouwang.p99(),
				headlineShouwang.max(), headlineShouwang.errors() + headlineShouwang.backlog());
		if (headlineBaseline != null) {
			System.out.printf(Locale.ROOT, "at %d/s for %d s:  baseline p50 %.2f ms, p99 %.2f ms, max %.1f ms, errors %d%n",
					settings.headlineRate(), settings.headlineSeconds(), headlineBaseline.p50(), headlineBaseline.p99(),
					headlineBaseline.max(), headlineBaseline.errors() + headlineBaseline.backlog());
			System.out.printf(Locale.ROOT, "ratio Shouwang/baseline at %d/s: p50 %.1f×, p99 %.1f×%n", settings.headlineRate(),
					headlineShouwang.p50() / headlineBaseline.p50(), headlineShouwang.p99() / headlineBaseline.p99());
		}
		for (String name : List.of("shouwang", "baseline")) {
			steps.stream()
				.filter(st -> st.target().equals(name))
				.mapToDouble(Step::achieved)
				.max()
				.ifPresent(max -> System.out.printf(Locale.ROOT, "highest completion rate seen in any step, %s: %.1f/s%n", name, max));
		}
		System.out.printf("highest sustained rate (p99 ≤ %.0f ms, no errors, no backlog; %d s steps): Shouwang %s/s%s%n",
				SUSTAINED_P99_MS, settings.stepSeconds(), atLeast(best[0], done[0]),
				settings.baseline() ? ", baseline " + atLeast(best[1], done[1]) + "/s" : "");
		if (settings.baseline() && best[1] > 0) {
			System.out.printf(Locale.ROOT, "ratio Shouwang/baseline sustained throughput: %.2f%n", (double) best[0] / best[1]);
		}
		System.out.printf(Locale.ROOT, "goal p99 ≤ 25 ms at %d/s: %s; goal sustained ≥ 0.8 × baseline: %s%n",
				settings.headlineRate(), headlineShouwang.p99() <= 25 && headlineShouwang.sustained() ? "met" : "NOT met",
				!settings.baseline() ? "not measured" : best[1] > 0 && best[0] >= 0.8 * best[1] ? "met" : "NOT met");
		System.out.printf("incidents in the database after the run: %d%n", countIncidents());
	}

	private static String atLeast(int rate, boolean failed) {
		return failed ? String.valueOf(rate) : "≥" + rate;
	}

	private static Step report(List<Step> steps, Step step) {
		steps.add(step);
		System.out.println(step.line());
		return step;
	}

	// ---- warm-up (closed loop) and the open-model step

	private int warmUp(Target target, int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicInteger calls = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (int w = 0; w < settings.workers(); w++) {
			Thread thread = new Thread(() -> {
				try (Worker worker = target.worker()) {
					while (System.nanoTime() < deadline) {
						worker.call();
						calls.incrementAndGet();
					}
				}
				catch (Exception ex) {
					System.out.printf("warm-up of %s: %s%n", target.name(), ex);
				}
			});
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return calls.get();
	}

	/** One planned request: when it should start. */
	private record Planned(long startNanos) {
	}

	private static final Planned POISON = new Planned(Long.MIN_VALUE);

	Step runStep(Target target, int rate, int seconds) throws Exception {
		// Every step starts from the same database state: the previous step's dirty pages written out now,
		// not by a checkpoint that lands in the middle of this step (the baseline dirties a lot of them).
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("CHECKPOINT");
		}
		String loadBefore = loadAverage();
		int planned = rate * seconds;
		long period = 1_000_000_000L / rate;
		int workers = settings.workers();
		int maxBacklog = Math.max(rate * 2, workers * 4);
		BlockingQueue<Planned> queue = new ArrayBlockingQueue<>(planned + workers + 1);
		long[] latencies = new long[planned];
		AtomicInteger done = new AtomicInteger();
		AtomicInteger ok = new AtomicInteger();
		Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
		AtomicLong lastCompletion = new AtomicLong();
		CountDownLatch finished = new CountDownLatch(workers);
		List<Thread> threads = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			Thread thread = new Thread(() -> {
				try (Worker worker = target.worker()) {
					while (true) {
						Planned p = queue.take();
						if (p == POISON) {
							return;
						}
						String error;
						try {
							error = worker.call();
						}
						catch (Exception ex) {
							error = ex.getClass().getSimpleName();
						}
						long end = System.nanoTime();
						lastCompletion.accumulateAndGet(end, Math::max);
						int i = done.getAndIncrement();
						latencies[i] = end - p.startNanos();
						if (error == null) {
							ok.incrementAndGet();
						}
						else {
							errorKinds.merge(error, 1, Integer::sum);
						}
					}
				}
				catch (Exception ex) {
					errorKinds.merge("worker: " + ex.getClass().getSimpleName() + " " + ex.getMessage(), 1, Integer::sum);
				}
				finally {
					finished.countDown();
				}
			}, target.name() + "-worker-" + w);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
		// Let the workers open their connections before the clock starts.
		Thread.sleep(200);
		long start = System.nanoTime() + 50_000_000L;
		int issued = 0;
		boolean overloaded = false;
		for (; issued < planned; issued++) {
			long at = start + issued * period;
			long wait;
			while ((wait = at - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			if (queue.size() > maxBacklog) {
				overloaded = true;
				break;
			}
			queue.add(new Planned(at));
		}
		long issueEnd = System.nanoTime();
		// Requests still waiting in the queue when the step is stopped were never started: backlog.
		int backlog = planned - issued;
		if (overloaded) {
			List<Planned> dropped = new ArrayList<>();
			queue.drainTo(dropped);
			backlog += dropped.size();
		}
		for (int w = 0; w < workers; w++) {
			queue.add(POISON);
		}
		if (!finished.await(120, TimeUnit.SECONDS)) {
			errorKinds.merge("workers still busy after 120 s", 1, Integer::sum);
			threads.forEach(Thread::interrupt);
		}
		int completed = done.get();
		long[] sorted = Arrays.copyOf(latencies, completed);
		Arrays.sort(sorted);
		int errors = completed - ok.get();
		double elapsed = (Math.max(lastCompletion.get(), issueEnd) - start) / 1e9;
		double p99 = percentile(sorted, 99);
		boolean sustained = !overloaded && backlog == 0 && errors == 0 && errorKinds.isEmpty() && p99 <= SUSTAINED_P99_MS
				&& completed == planned;
		return new Step(target.name(), rate, seconds, planned, ok.get(), errors, backlog, completed / elapsed,
				percentile(sorted, 50), percentile(sorted, 90), p99, completed == 0 ? 0 : sorted[completed - 1] / 1e6,
				sustained, new TreeMap<>(errorKinds), loadBefore + " / " + loadAverage());
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	// ---- Shouwang over HTTP

	private Target shouwangTarget() {
		return new Target() {
			@Override
			public String name() {
				return "shouwang";
			}

			@Override
			public Worker worker() {
				return () -> {
					String key = UUID.randomUUID().toString();
					String body = incidentJson();
					HttpResponse<String> response = post(key, body);
					if (response.statusCode() == 401) {
						authorize();
						response = post(key, body);
					}
					return response.statusCode() == 201 ? null : "HTTP " + response.statusCode();
				};
			}
		};
	}

	private HttpResponse<String> post(String key, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(intakeUri)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		String bearer = token;
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A bearer token for the demo dispatcher, asked for only when the server answers 401. */
	private synchronized void authorize() throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"username\": \"dispatcher\", \"password\": \"Demo@Weibin2025\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("no token for the demo dispatcher: " + response.statusCode() + " " + response.body());
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (!m.find()) {
			throw new IllegalStateException("no token in " + response.body());
		}
		token = m.group(1);
	}

	/** API.md's intake body: a random point in the district, a category mix, a phone, a summary. */
	private static String incidentJson() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		String[] kind = KINDS[r.nextInt(KINDS.length)];
		return String.format(Locale.ROOT, """
				{"channel": "%s", "category": "%s", "subtype": "%s", \
				"location": {"lat": %.6f, "lng": %.6f, "address": "平原路 %d 号"}, \
				"callerPhone": "13%09d", "summary": "%s"}""", CHANNELS[r.nextInt(CHANNELS.length)], kind[0], kind[1],
				LAT_MIN + r.nextDouble() * (LAT_MAX - LAT_MIN), LNG_MIN + r.nextDouble() * (LNG_MAX - LNG_MIN),
				1 + r.nextInt(300), r.nextInt(1_000_000_000), SUMMARY);
	}

	// ---- the baseline: plain JDBC, one INSERT per transaction

	private static final String BASELINE_TABLE = """
			CREATE TABLE bench_incident (
			    id                        uuid         PRIMARY KEY,
			    idempotency_key           varchar(255) NOT NULL,
			    number                    varchar(20)  NOT NULL,
			    status                    varchar(16)  NOT NULL,
			    channel                   varchar(16)  NOT NULL,
			    category                  varchar(24)  NOT NULL,
			    subtype                   varchar(32)  NOT NULL,
			    priority                  smallint     NOT NULL,
			    reported_at               timestamptz  NOT NULL,
			    received_at               timestamptz  NOT NULL,
			    lat                       double precision NOT NULL,
			    lng                       double precision NOT NULL,
			    address                   varchar(200),
			    grid_code                 varchar(32),
			    grid_type                 varchar(16),
			    station_code              varchar(32),
			    caller_phone              varchar(32),
			    summary                   varchar(2000),
			    back_entry                boolean      NOT NULL DEFAULT false,
			    possible_duplicate_of     uuid,
			    duplicate_dismissed       boolean      NOT NULL DEFAULT false,
			    merged_into               uuid,
			    first_dispatched_at       timestamptz,
			    on_scene_at               timestamptz,
			    cleared_at                timestamptz,
			    disposition               varchar(32),
			    disposition_note          varchar(2000),
			    arrival_standard_seconds  integer,
			    arrival_within_standard   boolean,
			    demo                      boolean      NOT NULL DEFAULT false,
			    version                   bigint       NOT NULL DEFAULT 0,
			    updated_at                timestamptz  NOT NULL,
			    CONSTRAINT bench_incident_number_unique UNIQUE (number),
			    CONSTRAINT bench_incident_key_unique UNIQUE (idempotency_key)
			);
			CREATE INDEX bench_incident_reported_at_idx ON bench_incident (reported_at DESC);
			CREATE INDEX bench_incident_status_idx ON bench_incident (status, priority, reported_at);
			CREATE INDEX bench_incident_station_idx ON bench_incident (station_code, reported_at DESC);
			CREATE INDEX bench_incident_category_idx ON bench_incident (category, reported_at DESC);
			CREATE INDEX bench_incident_caller_phone_idx ON bench_incident (caller_phone, reported_at DESC) WHERE caller_phone IS NOT NULL;
			CREATE INDEX bench_incident_open_idx ON bench_incident (reported_at) WHERE status NOT IN ('CLEARED', 'MERGED');
			""";

	private static final String BASELINE_INSERT = """
			INSERT INTO bench_incident (id, idempotency_key, number, status, channel, category, subtype, priority,
			    reported_at, received_at, lat, lng, address, grid_code, grid_type, station_code, caller_phone, summary,
			    back_entry, arrival_standard_seconds, demo, updated_at)
			VALUES (?, ?, ?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, false, ?)""";

	private final AtomicLong baselineNumber = new AtomicLong();

	private Target baselineTarget() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("DROP TABLE IF EXISTS bench_incident");
			s.execute(BASELINE_TABLE);
			try (var rs = s.executeQuery("SHOW fsync")) {
				rs.next();
				System.out.printf("PostgreSQL fsync=%s", rs.getString(1));
			}
			try (var rs = s.executeQuery("SHOW synchronous_commit")) {
				rs.next();
				System.out.printf(", synchronous_commit=%s", rs.getString(1));
			}
			try (var rs = s.executeQuery("SHOW wal_sync_method")) {
				rs.next();
				System.out.printf(", wal_sync_method=%s%n", rs.getString(1));
			}
		}
		String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
		return new Target() {
			@Override
			public String name() {
				return "baseline";
			}

			@Override
			public Worker worker() throws SQLException {
				Connection connection = connect();
				connection.setAutoCommit(true);
				PreparedStatement insert = connection.prepareStatement(BASELINE_INSERT);
				return new Worker() {
					@Override
					public String call() throws SQLException {
						ThreadLocalRandom r = ThreadLocalRandom.current();
						String[] kind = KINDS[r.nextInt(KINDS.length)];
						Timestamp now = Timestamp.from(Instant.now());
						int i = 1;
						insert.setObject(i++, UUID.randomUUID());
						insert.setString(i++, UUID.randomUUID().toString());
						insert.setString(i++, String.format("JQ%s%06d", day, baselineNumber.incrementAndGet() % 1_000_000));
						insert.setString(i++, CHANNELS[r.nextInt(CHANNELS.length)]);
						insert.setString(i++, kind[0]);
						insert.setString(i++, kind[1]);
						insert.setInt(i++, 1 + r.nextInt(4));
						insert.setTimestamp(i++, now);
						insert.setTimestamp(i++, now);
						insert.setDouble(i++, LAT_MIN + r.nextDouble() * (LAT_MAX - LAT_MIN));
						insert.setDouble(i++, LNG_MIN + r.nextDouble() * (LNG_MAX - LNG_MIN));
						insert.setString(i++, "平原路 " + (1 + r.nextInt(300)) + " 号");
						insert.setString(i++, "G" + r.nextInt(162));
						insert.setString(i++, "URBAN");
						insert.setString(i++, "S" + r.nextInt(7));
						insert.setString(i++, String.format("13%09d", r.nextInt(1_000_000_000)));
						insert.setString(i++, SUMMARY);
						insert.setInt(i++, 300);
						insert.setTimestamp(i++, now);
						insert.executeUpdate();
						return null;
					}

					@Override
					public void close() throws SQLException {
						connection.close();
					}
				};
			}
		};
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres", "postgres");
	}

	private long countIncidents() {
		try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM incident")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			return -1;
		}
	}

	// ---- the application

	private void startApp() throws Exception {
		Path dataDir = settings.workDir().resolve("postgres");
		deleteRecursively(settings.workDir());
		Files.createDirectories(settings.workDir());
		webPort = freePort();
		dbPort = freePort();
		intakeUri = URI.create("http://127.0.0.1:" + webPort + "/api/v1/incidents");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xms" + settings.appHeap(), "-Xmx" + settings.appHeap()));
		if (settings.jar() != null) {
			command.addAll(List.of("-jar", settings.jar().toString()));
		}
		else {
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.shouwang.ShouwangApplication"));
		}
		command.addAll(List.of("--server.port=" + webPort, "--shouwang.database.embedded.port=" + dbPort,
				"--shouwang.database.embedded.data-dir=" + dataDir,
				"--shouwang.audit.checkpoint-dir=" + settings.workDir().resolve("audit-checkpoints"),
				"--shouwang.demo.enabled=" + settings.demo(), "--spring.main.banner-mode=off"));
		Path log = settings.workDir().resolve("shouwang.log");
		long started = System.nanoTime();
		app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		System.out.printf("starting Shouwang (pid %d, %s, demo %s), log in %s%n", app.pid(),
				settings.jar() != null ? settings.jar().getFileName() : "class path", settings.demo(), log);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
		while (true) {
			if (!app.isAlive()) {
				throw new IllegalStateException("Shouwang exited with " + app.exitValue() + "; see " + log);
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Shouwang did not become healthy in 10 minutes; see " + log);
			}
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					break;
				}
			}
			catch (IOException ex) {
				// not yet listening
			}
			Thread.sleep(500);
		}
		System.out.printf("Shouwang healthy after %.1f s (including the demo district load: %s)%n",
				(System.nanoTime() - started) / 1e9, demoLoadTime(log));
	}

	private static String demoLoadTime(Path log) throws IOException {
		return Files.readAllLines(log, StandardCharsets.UTF_8)
			.stream()
			.filter(l -> l.contains("Demo district loaded in") || l.contains("Demo district disabled"))
			.map(l -> l.substring(l.indexOf("Demo district")))
			.findFirst()
			.orElse("?");
	}

	synchronized void stopApp() throws InterruptedException {
		if (app != null && app.isAlive()) {
			app.destroy(); // SIGTERM: the application stops its PostgreSQL
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	// ---- helpers

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return parts[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
