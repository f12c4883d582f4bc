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
import org.shouwang.command.UnitBoard;
import org.shouwang.security.SystemActor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The node's one LISTEN connection on channel shouwang_board: a dedicated JDBC connection (not from the
 * pool, same URL and credentials) polled on a daemon thread, reconnecting with backoff when it drops. Every
 * notification is handed to {@link BoardEvents}, and every unit notification to {@link UnitBoard}, so that the
 * node's index of available units follows the changes made on every node; after a reconnect the subscribers are
 * told to reload and the index is rebuilt, since notifications sent meanwhile are lost.
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

	private final UnitBoard units;

	private volatile boolean running;

	private volatile boolean listening;

	private volatile Thread thread;

	private volatile Connection connection;

	private volatile long connects;

	BoardListener(DataSource dataSource, BoardEvents events, JsonMapper json, UnitBoard units) {
		this.dataSource = dataSource;
		this.events = events;
		this.json = json;
		this.units = units;
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
					rebuildIndex();
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
				List<BoardNotification> parsed = parse(notifications);
				events.publish(parsed);
				updateIndex(parsed);
			}
			if (System.currentTimeMillis() - lastCheck > CHECK_MILLIS) {
				try (Statement statement = conn.createStatement()) {
					statement.execute("SELECT 1");
				}
				lastCheck = System.currentTimeMillis();
			}
		}
	}

	/** Unit changes (of this node or another) into the node's index of available units. */
	private void updateIndex(List<BoardNotification> notifications) {
		for (BoardNotification n : notifications) {
			if (!"unit".equals(n.kind())) {
				continue;
			}
			try {
				SystemActor.run(SystemActor.SYSTEM, () -> units.notified(Long.parseLong(n.id()), n.version()));
			}
			catch (RuntimeException ex) {
				// the next notification or the reconnect's rebuild catches up; the listener must keep listening
				log.warn("Could not apply unit {} v{} to the index: {}", n.id(), n.version(), ex.toString());
			}
		}
	}

	private void rebuildIndex() {
		try {
			SystemActor.run(SystemActor.SYSTEM, units::rebuild);
		}
		catch (RuntimeException ex) {
			log.warn("Could not rebuild the unit index after reconnecting: {}", ex.toString());
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
