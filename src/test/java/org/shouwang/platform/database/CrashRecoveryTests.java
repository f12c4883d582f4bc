package org.shouwang.platform.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangApplication;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Shouwang as a separate process, kills it with SIGKILL (which leaves its PostgreSQL running and
 * holding the data directory), starts it again on the same directory and checks that it comes up with
 * the committed data; then stops it normally and checks that PostgreSQL went down with it.
 */
class CrashRecoveryTests {

	private final Path dataDir = Path.of("target", "crash-recovery", "postgres").toAbsolutePath();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopEverything() throws Exception {
		for (Process process : started) {
			process.destroyForcibly();
		}
		long pid = postmasterPid();
		if (pid > 0) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	void restartAfterKillNineKeepsTheDataAndShutdownStopsPostgres() throws Exception {
		FileSystemUtils.deleteRecursively(dataDir.getParent());
		int dbPort = freePort();
		int webPort = freePort();

		Process first = start(webPort, dbPort, "first");
		awaitHealthy(webPort, first);
		insertMarker(dbPort, "before-crash");
		long postmaster = postmasterPid();
		assertThat(ProcessHandle.of(postmaster)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
			.as("the killed JVM's PostgreSQL outlives it").contains(true);

		Process second = start(webPort, dbPort, "second");
		awaitHealthy(webPort, second);
		assertThat(markers(dbPort)).containsExactly("before-crash");
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
			.as("the stale postmaster was stopped").isFalse();

		second.destroy(); // SIGTERM: an orderly shutdown
		assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(dataDir.resolve("postmaster.pid")).as("PostgreSQL stopped with the application").doesNotExist();
	}

	private Process start(int webPort, int dbPort, String name) throws IOException {
		Path log = dataDir.getParent().resolve(name + ".log");
		Files.createDirectories(log.getParent());
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				ShouwangApplication.class.getName(), "--server.port=" + webPort,
				"--shouwang.database.embedded.port=" + dbPort, "--shouwang.database.embedded.data-dir=" + dataDir,
				"--shouwang.demo.enabled=false", "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		started.add(process);
		return process;
	}

	private void awaitHealthy(int webPort, Process process) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("application process is running").isTrue();
			try {
				HttpResponse<String> response = http.send(
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
		throw new AssertionError("application did not become healthy in time");
	}

	private void insertMarker(int dbPort, String marker) throws SQLException {
		try (Connection connection = connect(dbPort); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS crash_marker (name text)");
			statement.execute("INSERT INTO crash_marker VALUES ('" + marker + "')");
		}
	}

	private List<String> markers(int dbPort) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = connect(dbPort);
				ResultSet rs = connection.createStatement().executeQuery("SELECT name FROM crash_marker")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

	private static Connection connect(int dbPort) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres", "postgres");
	}

	private long postmasterPid() throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return -1;
		}
		return Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
