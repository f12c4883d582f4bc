package org.shouwang.platform.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ChildApplication;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Shouwang as a separate process, kills it with SIGKILL (which leaves its PostgreSQL running and
 * holding the data directory), starts it again on the same directory and checks that it comes up with
 * the committed data; then stops it normally and checks that PostgreSQL went down with it.
 */
class CrashRecoveryTests {

	private final Path dataDir = Path.of("target", "crash-recovery", "postgres").toAbsolutePath();

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopEverything() throws Exception {
		for (Process process : started) {
			process.destroyForcibly();
		}
		long pid = ChildApplication.postmasterPid(dataDir);
		if (pid > 0) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	@Test
	void restartAfterKillNineKeepsTheDataAndShutdownStopsPostgres() throws Exception {
		FileSystemUtils.deleteRecursively(dataDir.getParent());
		int dbPort = ChildApplication.freePort();
		int webPort = ChildApplication.freePort();

		Process first = start(webPort, dbPort, "first");
		ChildApplication.awaitHealthy(webPort, first, Duration.ofSeconds(180), "application process");
		insertMarker(dbPort, "before-crash");
		long postmaster = ChildApplication.postmasterPid(dataDir);
		assertThat(ProcessHandle.of(postmaster)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
			.as("the killed JVM's PostgreSQL outlives it").contains(true);

		Process second = start(webPort, dbPort, "second");
		ChildApplication.awaitHealthy(webPort, second, Duration.ofSeconds(180), "application process");
		assertThat(markers(dbPort)).containsExactly("before-crash");
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
			.as("the stale postmaster was stopped").isFalse();

		second.destroy(); // SIGTERM: an orderly shutdown
		assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(dataDir.resolve("postmaster.pid")).as("PostgreSQL stopped with the application").doesNotExist();
	}

	private Process start(int webPort, int dbPort, String name) throws IOException {
		Process process = ChildApplication.start(dataDir.getParent().resolve(name + ".log"), List.of("-Xmx512m"),
				List.of("--server.port=" + webPort, "--shouwang.database.embedded.port=" + dbPort,
						"--shouwang.database.embedded.data-dir=" + dataDir, "--shouwang.demo.enabled=false",
						"--spring.main.banner-mode=off"));
		started.add(process);
		return process;
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
}
