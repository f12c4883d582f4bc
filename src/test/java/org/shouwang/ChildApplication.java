package org.shouwang;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shouwang started as a child JVM from the test class path, for tests that kill it, restart it or run a second
 * node: start it, wait until it is healthy, find the embedded PostgreSQL it left behind, pick free ports.
 */
public final class ChildApplication {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private ChildApplication() {
	}

	/** Starts {@link ShouwangApplication} with the JVM options and application arguments, its output in {@code log}. */
	public static Process start(Path log, List<String> jvmOptions, List<String> arguments) throws IOException {
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ShouwangApplication.class.getName()));
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/** Waits until {@code /actuator/health} on the port says UP; fails when the process dies or time runs out. */
	public static void awaitHealthy(int webPort, Process process, Duration timeout, String name) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as(name + " is running").isTrue();
			try {
				HttpResponse<String> response = HTTP.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError(name + " did not become healthy in time");
	}

	/** The pid in the data directory's postmaster.pid, or -1 when there is none. */
	public static long postmasterPid(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return -1;
		}
		return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
