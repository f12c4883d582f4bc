package org.shouwang.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Test helpers: the schema owner's connection (Flyway's data source) and its login for the CLI. */
final class AuditTestSupport {

	private AuditTestSupport() {
	}

	/** The data source Flyway migrates with: the schema owner, who alone may disable the trigger. */
	static DataSource owner(Flyway flyway) {
		return flyway.getConfiguration().getDataSource();
	}

	static void execute(DataSource dataSource, String... statements) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/** URL, user and password of a data source, for the command-line verifier. */
	static Login login(DataSource dataSource) throws SQLException {
		String password = null;
		if (dataSource instanceof HikariDataSource hikari) {
			password = hikari.getPassword();
		}
		else if (dataSource instanceof SimpleDriverDataSource simple) {
			password = simple.getPassword();
		}
		try (Connection connection = dataSource.getConnection()) {
			return new Login(connection.getMetaData().getURL(), connection.getMetaData().getUserName(), password);
		}
	}

	record Login(String url, String user, String password) {
	}
}
