package org.shouwang.command.board;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The node's one LISTEN connection on channel shouwang_board: a dedicated JDBC connection (not from the
 * pool, same URL and credentials) polled on a daemon thread, reconnecting with backoff when it drops. Every
 * notification is handed to {@link BoardEvents}; after a reconnect the subscribers are told to reload, since
 * notifications sent meanwhile are lost.
 */
@Component
class BoardListener implements SmartLifecycle {

	static final String CHANNEL = "shouwang_board";

	static final String APPLICATION_NAME = "shouwang-board-listener";

	private static final Logger log = LoggerFactory.getLogger(BoardListener.class);

	private static final int POLL_MILLIS = 1000;

	/** A query on the connection this often, so that a dead link is noticed even without traffic. */
	private static final long CHECK_MILLIS = 30_000;

	private static final long MIN_BACKOFF_MILLIS = 250;

	private static final long MAX_BACKOFF_MILLIS = 15_000;

	private final DataSource dataSource;

	private final BoardEvents events;

	private final JsonMapper json;

	private volatile boolean running;

	private volatile boolean listening;

	private volatile Thread thread;

	private volatile Connection connection;

	private volatile long connects;

	BoardListener(DataSource dataSource, BoardEvents events, JsonMapper json) {
		this.dataSource = dataSource;
		this.events = events;
		this.json = json;
	}

	/** How to open the listener's own connection: the pool's URL and credentials. */
	private record Target(String url, Properties properties) {
	}

	private Target target() {
		HikariDataSource hikari;
		try {
			hikari = dataSource instanceof HikariDataSource h ? h
					: dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			hikari = null;
		}
		if (hikari == null || hikari.getJdbcUrl() == null) {
			return null;
		}
		Properties properties = new Properties();
		properties.putAll(hikari.getDataSourceProperties());
		if (hikari.getUsername() != null) {
			properties.setProperty("user", hikari.getUsername());
		}
		if (hikari.getPassword() != null) {
			properties.setProperty("password", hikari.getPassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		properties.setProperty("tcpKeepAlive", "true");
		properties.setProperty("socketTimeout", "60");
		return new Target(hikari.getJdbcUrl(), properties);
	}

	@Override
	public void start() {
		Target target = target();
		if (target == null) {
			log.warn("The data source is not a HikariDataSource with a JDBC URL: the board gets no live notifications "
					+ "and refreshes every {} s only", BoardEvents.REFRESH.toSeconds());
			return;
		}
		running = true;
		Thread listener = new Thread(() -> listen(target), "board-listener");
		listener.setDaemon(true);
		thread = listener;
		listener.start();
	}

	private void listen(Target target) {
		long backoff = MIN_BACKOFF_MILLIS;
		while (running) {
			try (Connection conn = DriverManager.getConnection(target.url(), target.properties())) {
				connection = conn;
				try (Statement statement = conn.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				listening = true;
				backoff = MIN_BACKOFF_MILLIS;
				if (connects++ > 0) {
					log.info("Board listener reconnected");
					events.refresh("reconnected");
				}
				poll(conn);
			}
			catch (SQLException | RuntimeException ex) {
				listening = false;
				if (!running) {
					break;
				}
				log.warn("Board listener lost its connection ({}); reconnecting in {} ms", ex.getMessage(), backoff);
				if (!sleep(backoff)) {
					break;
				}
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
			}
			finally {
				connection = null;
				listening = false;
			}
		}
	}

	private void poll(Connection conn) throws SQLException {
		PGConnection pg = conn.unwrap(PGConnection.class);
		long lastCheck = System.currentTimeMillis();
		while (running) {
			PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
			if (notifications != null && notifications.length > 0) {
				events.publish(parse(notifications));
			}
			if (System.currentTimeMillis() - lastCheck > CHECK_MILLIS) {
				try (Statement statement = conn.createStatement()) {
					statement.execute("SELECT 1");
				}
				lastCheck = System.currentTimeMillis();
			}
		}
	}

	private List<BoardNotification> parse(PGNotification[] notifications) {
		List<BoardNotification> result = new ArrayList<>(notifications.length);
		for (PGNotification notification : notifications) {
			if (!CHANNEL.equals(notification.getName())) {
				continue;
			}
			try {
				result.add(json.readValue(notification.getParameter(), BoardNotification.class));
			}
			catch (JacksonException ex) {
				log.warn("Ignored a malformed board notification: {}", notification.getParameter());
			}
		}
		return result;
	}

	private static boolean sleep(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** True while the LISTEN connection is up. */
	boolean isListening() {
		return listening;
	}

	@Override
	public void stop() {
		running = false;
		Connection conn = connection;
		if (conn != null) {
			try {
				conn.close();
			}
			catch (SQLException ignored) {
				// closing anyway
			}
		}
		Thread listener = thread;
		if (listener != null) {
			listener.interrupt();
			try {
				listener.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
