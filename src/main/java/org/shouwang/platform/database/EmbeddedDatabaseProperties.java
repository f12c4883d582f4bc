package org.shouwang.platform.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that Shouwang starts when no {@code spring.datasource.url} is set.
 *
 * @param port        TCP port on 127.0.0.1 (0 picks a free one)
 * @param dataDir     data directory, kept across runs
 * @param startupWait how long to wait for the server to accept connections
 * @param maxConnections server's max_connections
 * @param clean       start from an empty data directory (tests)
 */
@ConfigurationProperties("shouwang.database.embedded")
public record EmbeddedDatabaseProperties(Integer port, Path dataDir, Duration startupWait, Integer maxConnections,
		boolean clean) {

	public EmbeddedDatabaseProperties {
		if (port == null) {
			port = 15432;
		}
		if (dataDir == null) {
			dataDir = Path.of("data", "postgres");
		}
		if (startupWait == null) {
			startupWait = Duration.ofSeconds(60);
		}
		if (maxConnections == null) {
			maxConnections = 100;
		}
	}
}
