package org.shouwang.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL per data directory and JVM. The application context closes it in order
 * (after the connection pool); test contexts share one server per JVM through {@link #acquire}.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	private final Path dataDir;

	private final EmbeddedPostgres postgres;

	private int users;

	private EmbeddedPostgresServer(Path dataDir, EmbeddedPostgres postgres) {
		this.dataDir = dataDir;
		this.postgres = postgres;
	}

	/** Starts the server for this data directory, or joins the one this JVM already runs. */
	public static synchronized EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		EmbeddedPostgresServer server = RUNNING.get(dataDir);
		if (server == null) {
			server = new EmbeddedPostgresServer(dataDir, start(dataDir, properties));
			RUNNING.put(dataDir, server);
		}
		server.users++;
		return server;
	}

	/** Gives the server back; the last user stops it. */
	public void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--users > 0) {
				return;
			}
			RUNNING.remove(dataDir);
		}
		try {
			log.info("Stopping embedded PostgreSQL ({})", dataDir);
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
	}

	public int port() {
		return postgres.getPort();
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
	}

	private static EmbeddedPostgres start(Path dataDir, EmbeddedDatabaseProperties properties) {
		long started = System.nanoTime();
		try {
			Files.createDirectories(dataDir);
			stopStalePostmaster(dataDir);
			if (properties.clean()) {
				FileSystemUtils.deleteRecursively(dataDir);
				Files.createDirectories(dataDir);
			}
			int port = properties.port() == 0 ? freePort() : properties.port();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(properties.startupWait())
				.setLocaleConfig("locale", "C.UTF-8")
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", String.valueOf(properties.maxConnections()))
				.setServerConfig("timezone", "UTC")
				.start();
			log.info("Embedded PostgreSQL 17 listening on 127.0.0.1:{} with data in {} (started in {} ms)", port,
					dataDir, Duration.ofNanos(System.nanoTime() - started).toMillis());
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dataDir, ex);
		}
	}

	/**
	 * After {@code kill -9} of the JVM the postmaster it started lives on and holds the data directory.
	 * Find it through {@code postmaster.pid} and stop it (fast shutdown, then kill) before starting anew.
	 */
	static void stopStalePostmaster(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			Files.deleteIfExists(pidFile);
			return;
		}
		long pid = Long.parseLong(lines.get(0).trim());
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(EmbeddedPostgresServer::isPostgres);
		if (process.isEmpty()) {
			log.info("Removing stale postmaster.pid (process {} is gone)", pid);
			Files.deleteIfExists(pidFile);
			return;
		}
		log.warn("A PostgreSQL from an earlier run (pid {}) still holds {}: stopping it", pid, dataDir);
		// SIGINT is PostgreSQL's fast shutdown: it rolls back open transactions and checkpoints.
		new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start();
		try {
			process.get().onExit().get(30, TimeUnit.SECONDS);
			return;
		}
		catch (TimeoutException | ExecutionException ex) {
			// fall through to the forced stop
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL " + pid, ex);
		}
		if (process.get().isAlive()) {
			log.warn("PostgreSQL {} ignored fast shutdown; killing it", pid);
			process.get().destroyForcibly();
			process.get().onExit().join();
			Files.deleteIfExists(pidFile);
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(c -> c.endsWith("postgres") || c.endsWith("postmaster")).orElse(true);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
