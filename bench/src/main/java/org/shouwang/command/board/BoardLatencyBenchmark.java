package org.shouwang.command.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.shouwang.ChildApplication;
import tools.jackson.databind.JsonNode;

/**
 * Board notify latency across two nodes (the measurement TwoNodeBoardTests used to assert): node A (a child
 * JVM with its embedded PostgreSQL and the demo district) takes in incidents over the API, node B (a second
 * child JVM on the same database) streams its board; for each incident, the time from A's request and from
 * A's 201 to B's SSE {@code change} event. Prints min, median, p95 and max.
 * <p>Run with {@code bench/run.sh board [--rounds=N]} (default 20 rounds, a few seconds after both nodes are up).
 */
public final class BoardLatencyBenchmark {

	public static void main(String[] args) throws Exception {
		int rounds = 20;
		for (String arg : args) {
			if (arg.startsWith("--rounds=")) {
				rounds = Integer.parseInt(arg.substring("--rounds=".length()));
			}
		}
		Path dir = Path.of("target", "bench", "board").toAbsolutePath();
		deleteRecursively(dir);
		int portA = ChildApplication.freePort();
		int portB = ChildApplication.freePort();
		int dbPort = ChildApplication.freePort();
		Process nodeA = null;
		Process nodeB = null;
		try {
			nodeA = ChildApplication.start(dir.resolve("node-a.log"), List.of("-Xmx768m"),
					List.of("--server.port=" + portA, "--shouwang.database.embedded.port=" + dbPort,
							"--shouwang.database.embedded.data-dir=" + dir.resolve("postgres"),
							"--shouwang.audit.checkpoint-dir=" + dir.resolve("checkpoints-a"), "--spring.main.banner-mode=off"));
			ChildApplication.awaitHealthy(portA, nodeA, Duration.ofMinutes(10), "node A (see " + dir.resolve("node-a.log") + ")");
			nodeB = ChildApplication.start(dir.resolve("node-b.log"), List.of("-Xmx512m"),
					List.of("--server.port=" + portB, "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
							"--spring.datasource.username=shouwang_app", "--spring.datasource.password=shouwang_app",
							"--spring.datasource.hikari.maximum-pool-size=4", "--spring.flyway.enabled=false",
							"--shouwang.demo.enabled=false",
							"--spring.modulith.events.republish-outstanding-events-on-restart=false",
							"--shouwang.audit.checkpoint-dir=" + dir.resolve("checkpoints-b"), "--spring.main.banner-mode=off"));
			ChildApplication.awaitHealthy(portB, nodeB, Duration.ofMinutes(5), "node B (see " + dir.resolve("node-b.log") + ")");
			measure(new BoardTestClient(portA), new BoardTestClient(portB), rounds);
		}
		finally {
			stop(nodeB);
			stop(nodeA);
		}
	}

	private static void measure(BoardTestClient a, BoardTestClient b, int rounds) throws Exception {
		List<Long> sinceRequest = new ArrayList<>();
		List<Long> sinceAck = new ArrayList<>();
		try (SseStream stream = b.events()) {
			if (stream.next(e -> e.name().equals("ready"), Duration.ofSeconds(30)) == null) {
				throw new IllegalStateException("node B's board stream did not open");
			}
			for (int round = 0; round < rounds; round++) {
				String body = BoardTestClient.theft(OffsetDateTime.now(ZoneOffset.ofHours(8))
					.truncatedTo(ChronoUnit.SECONDS)
					.minusMinutes(1)
					.toString(), 2);
				long sent = System.nanoTime();
				JsonNode created = a.createIncident(body);
				long acknowledged = System.nanoTime();
				String id = created.path("id").asString();
				SseStream.Event event = stream.next(e -> e.name().equals("change") && e.data().contains(id),
						Duration.ofSeconds(30));
				if (event == null) {
					throw new IllegalStateException("incident " + id + " never reached node B's board");
				}
				sinceRequest.add(event.receivedNanos() - sent);
				sinceAck.add(event.receivedNanos() - acknowledged);
			}
		}
		String text = "Board notify latency, node A intake -> node B SSE event (" + rounds + " rounds, " + Instant.now()
				+ ", loadavg " + Files.readString(Path.of("/proc/loadavg")).strip() + ")\n"
				+ "  from A's request sent: " + summary(sinceRequest) + "\n"
				+ "  from A's 201 received: " + summary(sinceAck) + "\n";
		System.out.print(text);
	}

	private static String summary(List<Long> nanos) {
		List<Double> ms = nanos.stream().map(n -> n / 1_000_000.0).sorted().toList();
		return String.format(Locale.ROOT, "min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms", ms.get(0),
				ms.get(ms.size() / 2), ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.95) - 1)),
				ms.get(ms.size() - 1));
	}

	private static void stop(Process process) throws InterruptedException {
		if (process != null) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static void deleteRecursively(Path dir) throws java.io.IOException {
		if (Files.exists(dir)) {
			try (var paths = Files.walk(dir)) {
				for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}
}
