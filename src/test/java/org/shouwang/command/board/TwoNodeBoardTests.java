package org.shouwang.command.board;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ChildApplication;
import org.shouwang.ShouwangTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Shouwang nodes on one database: this test's node A and a node B in a child JVM pointing at the same
 * PostgreSQL. Every incident taken in on A reaches B's board stream (through PostgreSQL LISTEN/NOTIFY), and B's
 * snapshot shows it. The test waits generously and asserts no latency (a busy machine must not make it flaky);
 * the latency is measured by {@code bench/run.sh board} (BoardLatencyBenchmark).
 */
@ShouwangTest
class TwoNodeBoardTests {

	// Also: a unit moved and then dispatched on A is recommended at its new place by B, and never once dispatched
	// (B's index follows the unit_state notifications; B's recommendation re-checks its choice in the database).

	/** How long B may take to announce an incident before the test gives up: generous, this is no latency bound. */
	static final Duration ARRIVAL = Duration.ofSeconds(60);

	static final int ROUNDS = 3;

	private final Path dir = Path.of("target", "board-two-nodes").toAbsolutePath();

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	/** Node B, started once for the tests of this class. */
	private static Process nodeB;

	private static int portB;

	private SseStream stream;

	@AfterEach
	void closeStream() {
		if (stream != null) {
			stream.close();
		}
	}

	@AfterAll
	static void stopNodeB() throws InterruptedException {
		if (nodeB != null) {
			nodeB.destroy();
			if (!nodeB.waitFor(60, TimeUnit.SECONDS)) {
				nodeB.destroyForcibly();
			}
			nodeB = null;
		}
	}

	/** Node B on this test's database, started on first use. */
	private int nodeB() throws Exception {
		if (nodeB == null) {
			portB = ChildApplication.freePort();
			nodeB = start(portB);
			ChildApplication.awaitHealthy(portB, nodeB, Duration.ofSeconds(240),
					"node B (see target/board-two-nodes/node-b.log)");
		}
		return portB;
	}

	@Test
	void aUnitDispatchedOnNodeAIsNeverRecommendedOnNodeB() throws Exception {
		BoardTestClient a = new BoardTestClient(port);
		BoardTestClient b = new BoardTestClient(nodeB());
		double lat = 35.2960 + Math.random() * 0.002;
		double lng = 113.8680 + Math.random() * 0.002;
		JsonNode incident = a.createIncident(String.format(java.util.Locale.ROOT, """
				{"channel": "CALL_110", "category": "CRIMINAL", "subtype": "THEFT", "priority": 2,
				 "location": {"lat": %.6f, "lng": %.6f, "address": "两节点推荐测试"}, "summary": "两节点推荐 %s"}""",
				lat, lng, java.util.UUID.randomUUID()));
		String id = incident.path("id").asString();
		String recommendations = "/api/v1/incidents/" + id + "/recommendations?limit=5";

		// The AVAILABLE unit farthest from the incident: B's index does not offer it before it moves.
		JsonNode available = BoardTestClient.JSON.readTree(a.get("/api/v1/units?status=AVAILABLE").body());
		JsonNode far = available.valueStream()
			.filter(u -> u.path("position").isObject())
			.max(java.util.Comparator.comparingDouble(u -> org.shouwang.platform.geo.Geodesy.meters(lat, lng,
					u.path("position").path("lat").asDouble(), u.path("position").path("lng").asDouble())))
			.orElseThrow();
		long unit = far.path("id").asLong();
		assertThat(unitIds(b.get(recommendations).body())).as("B before the unit moved").doesNotContain(unit);

		// The unit reports a position next to the incident on A; B's index follows (unit_state notification).
		assertThat(a.put("/api/v1/units/" + unit + "/position", String.format(java.util.Locale.ROOT,
				"{\"lat\": %.6f, \"lng\": %.6f}", lat + 0.00005, lng)).statusCode()).isEqualTo(204);
		JsonNode first = await(Duration.ofSeconds(60), () -> {
			JsonNode list = BoardTestClient.JSON.readTree(b.get(recommendations).body());
			return list.valueStream().filter(n -> n.path("unitId").asLong() == unit).findFirst().orElse(null);
		});
		assertThat(first).as("B recommends the unit at its new position, reported on A").isNotNull();
		assertThat(first.path("distanceMeters").asLong()).isLessThan(60);

		// Dispatched on A: B never offers it, not even before the notification reaches B's index.
		a.post("/api/v1/incidents/" + id + "/dispatch", "{\"unitId\": " + unit + "}", 200);
		assertThat(unitIds(b.get(recommendations).body())).as("B right after A's dispatch").doesNotContain(unit);
		Thread.sleep(1500);
		assertThat(unitIds(b.get(recommendations).body())).as("B after the notification").doesNotContain(unit);

		a.post("/api/v1/incidents/" + id + "/progress", "{\"status\": \"ON_SCENE\"}", 200);
		a.post("/api/v1/incidents/" + id + "/progress", "{\"status\": \"CLEARED\"}", 200);
	}

	private static List<Long> unitIds(String body) {
		return BoardTestClient.JSON.readTree(body).valueStream().map(n -> n.path("unitId").asLong()).toList();
	}

	/** Polls until {@code check} gives a value (a generous bound for a busy machine: no latency is asserted). */
	private static <T> T await(Duration bound, java.util.concurrent.Callable<T> check) throws Exception {
		long deadline = System.nanoTime() + bound.toNanos();
		while (System.nanoTime() < deadline) {
			T value = check.call();
			if (value != null) {
				return value;
			}
			Thread.sleep(200);
		}
		return null;
	}

	@Test
	void anIncidentTakenInOnNodeAReachesNodeBsBoard() throws Exception {
		BoardTestClient a = new BoardTestClient(port);
		BoardTestClient b = new BoardTestClient(nodeB());

		stream = b.events();
		assertThat(stream.status()).isEqualTo(200);
		assertThat(stream.next(e -> e.name().equals("ready"), Duration.ofSeconds(10))).as("B's stream is open").isNotNull();
		JsonNode snapshotBefore = BoardTestClient.JSON.readTree(b.get("/command/board/snapshot").body());
		assertThat(snapshotBefore.path("live").asBoolean()).as("B listens").isTrue();

		String lastId = null;
		for (int round = 0; round < ROUNDS; round++) {
			String body = BoardTestClient.theft(OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS)
				.minusMinutes(1).toString(), 2);
			String id = a.createIncident(body).path("id").asString();
			SseStream.Event event = stream.next(e -> e.name().equals("change") && e.data().contains(id), ARRIVAL);
			assertThat(event).as("round %d: B's stream announces incident %s taken in on A", round, id).isNotNull();
			lastId = id;
		}

		String id = lastId;
		JsonNode snapshot = BoardTestClient.JSON.readTree(b.get("/command/board/snapshot").body());
		assertThat(snapshot.path("incidents").valueStream().anyMatch(n -> id.equals(n.path("id").asString())))
			.as("B's snapshot shows the incident taken in on A").isTrue();
	}

	private Process start(int webPort) throws IOException {
		return ChildApplication.start(dir.resolve("node-b.log"), List.of("-Xmx512m"),
				List.of("--server.port=" + webPort, "--spring.datasource.url=" + dataSource.getJdbcUrl(),
						"--spring.datasource.username=shouwang_app", "--spring.datasource.password=shouwang_app",
						"--spring.datasource.hikari.maximum-pool-size=4", "--spring.flyway.enabled=false",
						"--shouwang.demo.enabled=false", "--spring.modulith.events.republish-outstanding-events-on-restart=false",
						"--shouwang.audit.checkpoint-dir=" + dir.resolve("checkpoints"), "--spring.main.banner-mode=off"));
	}
}
