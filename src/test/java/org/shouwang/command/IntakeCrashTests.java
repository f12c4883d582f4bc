package org.shouwang.command;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ChildApplication;
import tools.jackson.databind.JsonNode;

import org.springframework.util.ClassUtils;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Shouwang as a separate process, posts incidents from several client threads with unique
 * Idempotency-Keys, kills the JVM with {@code kill -9} in the middle of the load, starts it again on the
 * same data directory and retries every key that was sent with the same body: no acknowledged incident
 * is lost, a retried key gives back its original incident, and no key made two incidents.
 */
class IntakeCrashTests {

	private static final int CLIENTS = 8;

	/** Acknowledged incidents to wait for before the kill (the load goes on while the kill happens). */
	private static final int ACKS_BEFORE_KILL = 120;

	private final Path root = Path.of("target", "intake-crash").toAbsolutePath();

	private final Path dataDir = root.resolve("postgres");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final List<Process> started = new ArrayList<>();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private volatile String token;

	/** One intake as the client saw it: the body sent, and the incident when it was acknowledged (201). */
	private record Sent(String body, String ackedId, String ackedNumber) {
	}

	@AfterEach
	void stopEverything() throws Exception {
		for (Process process : started) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
		long pid = ChildApplication.postmasterPid(dataDir);
		if (pid > 0) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	void killNineDuringIntakeLosesNoAcknowledgedIncidentAndRetriesDuplicateNone() throws Exception {
		FileSystemUtils.deleteRecursively(root);
		int dbPort = ChildApplication.freePort();
		int webPort = ChildApplication.freePort();

		Process first = start(webPort, dbPort, "first");
		ChildApplication.awaitHealthy(webPort, first, Duration.ofSeconds(240), "application process");

		Map<String, Sent> sent = new ConcurrentHashMap<>();
		AtomicInteger acked = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> load = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			load.add(clients.submit(() -> {
				for (int n = 0; !stop.get(); n++) {
					String key = UUID.randomUUID().toString();
					String body = body(client, n);
					sent.put(key, new Sent(body, null, null));
					try {
						HttpResponse<String> response = intake(webPort, key, body);
						if (response.statusCode() == 201) {
							JsonNode incident = CommandClient.json(response);
							sent.put(key, new Sent(body, incident.get("id").asString(), incident.get("number").asString()));
							acked.incrementAndGet();
						}
					}
					catch (IOException ex) {
						// the server went away mid-request: not acknowledged, retried below
					}
				}
				return null;
			}));
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (acked.get() < ACKS_BEFORE_KILL && Instant.now().isBefore(deadline)) {
			assertThat(first.isAlive()).as("application process is running").isTrue();
			Thread.sleep(20);
		}
		assertThat(acked.get()).as("incidents acknowledged before the kill").isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

		kill9(first);
		stop.set(true);
		for (Future<?> client : load) {
			client.get(60, TimeUnit.SECONDS);
		}
		clients.shutdown();

		Map<String, Sent> acknowledgedBeforeCrash = new HashMap<>();
		sent.forEach((key, s) -> {
			if (s.ackedId() != null) {
				acknowledgedBeforeCrash.put(key, s);
			}
		});

		Process second = start(webPort, dbPort, "second");
		ChildApplication.awaitHealthy(webPort, second, Duration.ofSeconds(240), "application process");

		// Every acknowledged incident is there, with the id and number the client was given.
		Map<String, String> storedNumbers = storedIncidents(dbPort);
		acknowledgedBeforeCrash.values()
			.forEach(s -> assertThat(storedNumbers).as("acknowledged incident survives kill -9")
				.containsEntry(s.ackedId(), s.ackedNumber()));

		// The client retries every key it sent, acknowledged or not, with the same body.
		Map<String, String> finalIds = new ConcurrentHashMap<>();
		AtomicInteger committedUnacknowledged = new AtomicInteger();
		ExecutorService retries = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> retried = new ArrayList<>();
		for (Map.Entry<String, Sent> entry : sent.entrySet()) {
			retried.add(retries.submit(() -> {
				HttpResponse<String> response = intake(webPort, entry.getKey(), entry.getValue().body());
				assertThat(response.statusCode()).as("retry of %s: %s", entry.getKey(), response.body()).isEqualTo(201);
				String id = CommandClient.json(response).get("id").asString();
				if (entry.getValue().ackedId() != null) {
					assertThat(id).as("a retried acknowledged key gives back its incident").isEqualTo(entry.getValue().ackedId());
					assertThat(response.headers().firstValue("Idempotent-Replayed")).contains("true");
				}
				else if (response.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")) {
					committedUnacknowledged.incrementAndGet();
				}
				finalIds.put(entry.getKey(), id);
				return null;
			}));
		}
		for (Future<?> retry : retried) {
			retry.get(120, TimeUnit.SECONDS);
		}
		retries.shutdown();

		// Exactly one incident per key: as many of this run's incidents as keys, each key its own.
		Set<String> distinctIds = new HashSet<>(finalIds.values());
		assertThat(finalIds).hasSize(sent.size());
		assertThat(distinctIds).as("no two keys share an incident").hasSize(sent.size());
		assertThat(storedIncidents(dbPort).keySet()).as("this run's incidents are exactly one per key")
			.containsExactlyInAnyOrderElementsOf(distinctIds);
		System.out.printf("IntakeCrashTests: %d keys sent, %d acknowledged before kill -9 (%d more committed but"
				+ " not acknowledged), all %d retried to one incident each%n", sent.size(), acknowledgedBeforeCrash.size(),
				committedUnacknowledged.get(), finalIds.size());
	}

	/** A valid incident in the district with this run's tag in its summary. */
	private String body(int client, int n) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String[][] kinds = { { "CRIMINAL", "THEFT" }, { "HELP", "LOST_PROPERTY" }, { "DISPUTE", "NEIGHBOUR" },
				{ "TRAFFIC", "ACCIDENT" } };
		String[] kind = kinds[random.nextInt(kinds.length)];
		String reportedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
		return """
				{"channel": "CALL_110", "category": "%s", "subtype": "%s", "reportedAt": "%s",
				 "location": {"lat": %.6f, "lng": %.6f, "address": "crash test"},
				 "callerPhone": "139%08d", "summary": "crash-%s-%d-%d"}"""
			.formatted(kind[0], kind[1], reportedAt, 35.26 + random.nextDouble() * 0.08,
					113.78 + random.nextDouble() * 0.14, random.nextInt(100_000_000), run, client, n);
	}

	/** Posts an incident; fetches a bearer token as the demo dispatcher when the server asks for one. */
	private HttpResponse<String> intake(int webPort, String key, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = post(webPort, key, body);
		if (response.statusCode() == 401) {
			authorize(webPort);
			response = post(webPort, key, body);
		}
		return response;
	}

	private HttpResponse<String> post(int webPort, String key, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/api/v1/incidents"))
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

	private synchronized void authorize(int webPort) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							"{\"username\": \"dispatcher\", \"password\": \"Demo@Weibin2025\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as("token for the demo dispatcher: %s", response.body()).isEqualTo(200);
		token = CommandClient.json(response).get("token").asString();
	}

	/** This run's incidents in the database: id → number. */
	private Map<String, String> storedIncidents(int dbPort) throws Exception {
		Map<String, String> incidents = new HashMap<>();
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
				"postgres", "postgres");
				PreparedStatement statement = connection.prepareStatement("SELECT id, number FROM incident WHERE summary LIKE ?")) {
			statement.setString(1, "crash-" + run + "-%");
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					incidents.put(rs.getString(1), rs.getString(2));
				}
			}
		}
		return incidents;
	}

	/**
	 * Starts the application with a demo district only when Spring Security's web layer is present: then the
	 * API wants a token and only the demo district has accounts (the dispatcher).
	 */
	private Process start(int webPort, int dbPort, String name) throws IOException {
		boolean demo = ClassUtils.isPresent("org.springframework.security.web.SecurityFilterChain", null);
		// C1 only: a faster start; this test is about durability, not speed.
		Process process = ChildApplication.start(root.resolve(name + ".log"), List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"),
				List.of("--server.port=" + webPort, "--shouwang.database.embedded.port=" + dbPort,
						"--shouwang.database.embedded.data-dir=" + dataDir,
						"--shouwang.audit.checkpoint-dir=" + root.resolve("audit-checkpoints"),
						"--shouwang.demo.enabled=" + demo, "--spring.main.banner-mode=off"));
		started.add(process);
		return process;
	}

	/** SIGKILL, as {@code kill -9} sends it: no shutdown hook runs, PostgreSQL is left behind. */
	private static void kill9(Process process) throws Exception {
		Process kill = new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start();
		if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
			process.destroyForcibly();
		}
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}
}
