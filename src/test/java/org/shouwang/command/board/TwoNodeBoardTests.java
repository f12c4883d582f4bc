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

	/** How long B may take to announce an incident before the test gives up: generous, this is no latency bound. */
	static final Duration ARRIVAL = Duration.ofSeconds(60);

	static final int ROUNDS = 3;

	private final Path dir = Path.of("target", "board-two-nodes").toAbsolutePath();

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	private Process nodeB;

	private SseStream stream;

	@AfterEach
	void stopNodeB() throws InterruptedException {
		if (stream != null) {
			stream.close();
		}
		if (nodeB != null) {
			nodeB.destroy();
			if (!nodeB.waitFor(60, TimeUnit.SECONDS)) {
				nodeB.destroyForcibly();
			}
		}
	}

	@Test
	void anIncidentTakenInOnNodeAReachesNodeBsBoard() throws Exception {
		int portB = ChildApplication.freePort();
		nodeB = start(portB);
		BoardTestClient a = new BoardTestClient(port);
		BoardTestClient b = new BoardTestClient(portB);
		ChildApplication.awaitHealthy(portB, nodeB, Duration.ofSeconds(240), "node B (see target/board-two-nodes/node-b.log)");

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
