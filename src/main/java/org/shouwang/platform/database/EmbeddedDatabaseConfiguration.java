package org.shouwang.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * With no {@code spring.datasource.url}, Shouwang runs its own PostgreSQL 17. Migrations run as the owner
 * ({@code postgres}); the application's pool connects as {@value #APP_ROLE}, which owns nothing and so can
 * neither change the schema nor lift the audit trail's guards. The pool closes before the server stops
 * (destroy order follows the dependency).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__embedded__")
class EmbeddedDatabaseConfiguration {

	static final String APP_ROLE = "shouwang_app";

	static final String OWNER = "postgres";

	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(properties);
		ensureAppRole(server);
		return server;
	}

	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(APP_ROLE);
		dataSource.setPassword(APP_ROLE);
		dataSource.setPoolName("shouwang");
		return dataSource;
	}

	/** The owner's connection, used by Flyway only. */
	@Bean(defaultCandidate = false)
	@FlywayDataSource
	DataSource ownerDataSource(EmbeddedPostgresServer server) {
		return new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(), OWNER, OWNER);
	}

	@Bean
	FlywayConfigurationCustomizer appRolePlaceholder() {
		return configuration -> {
			java.util.Map<String, String> placeholders = new java.util.HashMap<>(configuration.getPlaceholders());
			placeholders.put("appRole", APP_ROLE);
			configuration.placeholders(placeholders);
		};
	}

	private static void ensureAppRole(EmbeddedPostgresServer server) {
		try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl(), OWNER, OWNER);
				Statement statement = connection.createStatement()) {
			statement.execute("""
					DO $$ BEGIN
					  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
					    CREATE ROLE %1$s LOGIN PASSWORD '%1$s' NOSUPERUSER NOCREATEDB NOCREATEROLE;
					  END IF;
					END $$""".formatted(APP_ROLE));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the application role in the embedded PostgreSQL", ex);
		}
	}
}
