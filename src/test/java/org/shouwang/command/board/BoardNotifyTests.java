package org.shouwang.command.board;

import org.shouwang.security.SystemActor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.shouwang.ShouwangTest;
import org.shouwang.command.IncidentDetail;
import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentChannel;
import org.shouwang.command.IncidentRequest;
import org.shouwang.command.Incidents;
import org.shouwang.command.PositionRequest;
import org.shouwang.command.UnitBoard;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitInput;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes are announced on the database channel in their transaction, so only once committed; this node's
 * LISTEN connection fans them out on the SSE stream, and comes back after its connection is killed.
 */
@ShouwangTest
class BoardNotifyTests {

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	Incidents incidents;

	@Autowired
	UnitBoard units;

	@Autowired
	OrganizationAdministration organization;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	BoardTestClient api;

	Connection listener;

	final List<SseStream> streams = new ArrayList<>();

	@BeforeEach
	void setUp() throws SQLException {
		api = new BoardTestClient(port);
		listener = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
		try (Statement statement = listener.createStatement()) {
			statement.execute("LISTEN shouwang_board");
		}
	}

	@AfterEach
	void tearDown() throws SQLException {
		streams.forEach(SseStream::close);
		listener.close();
	}

	SseStream stream() throws Exception {
		SseStream stream = api.events();
		streams.add(stream);
		assertThat(stream.status()).isEqualTo(200);
		assertThat(stream.next(e -> e.name().equals("ready"), Duration.ofSeconds(10))).as("ready event").isNotNull();
		return stream;
	}

	/** The notifications received on the test's own LISTEN connection within {@code millis}. */
	List<JsonNode> received(long millis) throws SQLException {
		List<JsonNode> result = new ArrayList<>();
		long deadline = System.currentTimeMillis() + millis;
		PGConnection pg = listener.unwrap(PGConnection.class);
		while (System.currentTimeMillis() < deadline) {
			PGNotification[] notifications = pg.getNotifications((int) Math.max(1, deadline - System.currentTimeMillis()));
			if (notifications != null) {
				for (PGNotification n : notifications) {
					assertThat(n.getName()).isEqualTo("shouwang_board");
					result.add(BoardTestClient.JSON.readTree(n.getParameter()));
				}
			}
		}
		return result;
	}

	static boolean about(List<JsonNode> notifications, String kind, String id) {
		return notifications.stream().anyMatch(n -> kind.equals(n.path("kind").asString()) && id.equals(n.path("id").asString()));
	}

	static IncidentRequest request() {
		double lat = 35.29 + Math.random() * 0.025;
		double lng = 113.84 + Math.random() * 0.04;
		return new IncidentRequest(IncidentChannel.CALL_110, IncidentCategory.DISPUTE, "NEIGHBOUR", null,
				OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS), new IncidentRequest.Point(lat, lng, "看板事务测试"),
				null, "看板事务测试 " + UUID.randomUUID(), null);
	}

	@Test
	void aCreatedIncidentIsAnnouncedOnTheStreamAndInTheSnapshot() throws Exception {
		SseStream stream = stream();
		JsonNode created = api.createIncident(BoardTestClient.theft(OffsetDateTime.now(ZoneOffset.ofHours(8))
			.truncatedTo(ChronoUnit.SECONDS).minusMinutes(2).toString(), 2));
		String id = created.path("id").asString();

		SseStream.Event change = stream.next(e -> e.name().equals("change") && e.data().contains(id), Duration.ofSeconds(10));
		assertThat(change).as("change event naming the new incident").isNotNull();
		JsonNode item = BoardTestClient.JSON.readTree(change.data()).path("items").valueStream()
			.filter(n -> id.equals(n.path("id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(item.path("kind").asString()).isEqualTo("incident");
		assertThat(item.path("version").asLong()).isZero();

		JsonNode snapshot = BoardTestClient.JSON.readTree(api.get("/command/board/snapshot").body());
		assertThat(snapshot.path("live").asBoolean()).isTrue();
		JsonNode onBoard = snapshot.path("incidents").valueStream()
			.filter(n -> id.equals(n.path("id").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("new incident not in the snapshot"));
		assertThat(onBoard.path("status").asString()).isEqualTo("NEW");
		assertThat(onBoard.path("number").asString()).isEqualTo(created.path("number").asString());
		assertThat(onBoard.path("arrivalStandardSeconds").asInt()).isIn(300, 600);
		assertThat(snapshot.path("openCount").asLong()).isPositive();
		assertThat(snapshot.path("arrivalStandardSeconds").path("URBAN").asLong()).isEqualTo(300);
		assertThat(snapshot.path("arrivalStandardSeconds").path("SUBURBAN").asLong()).isEqualTo(600);
	}

	@Test
	void aChangeIsAnnouncedOnlyWhenItCommits() throws Exception {
		received(200); // drop what other changes announced before
		List<UUID> rolledBack = new ArrayList<>();
		List<JsonNode> whileOpen = new ArrayList<>();
		transactions.executeWithoutResult(status -> {
			IncidentDetail incident = incidents.create(request());
			rolledBack.add(incident.id());
			try {
				whileOpen.addAll(received(500));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			status.setRollbackOnly();
		});
		UUID lost = rolledBack.get(0);
		assertThat(about(whileOpen, "incident", lost.toString())).as("nothing announced before commit").isFalse();
		assertThat(about(received(1000), "incident", lost.toString())).as("nothing announced after rollback").isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM incident WHERE id = ?").param(lost).query(Long.class).single()).isZero();

		IncidentDetail committed = transactions.execute(status -> incidents.create(request()));
		assertThat(about(received(5000), "incident", committed.id().toString())).as("announced once committed").isTrue();
	}

	@Test
	void unitPositionAndStatusChangesAreAnnounced() throws Exception {
		DutyUnit unit = organization.createDutyUnit(new DutyUnitInput("BD-" + UUID.randomUUID().toString().substring(0, 8),
				DutyUnitKind.PATROL_CAR, "WB01", null, java.util.Set.of()));
		try {
			received(200);
			SystemActor.run(SystemActor.SYSTEM, () -> units.updatePosition(unit.id(), new PositionRequest(35.30, 113.85, null)));
			assertThat(about(received(5000), "unit", String.valueOf(unit.id()))).as("position announced").isTrue();
			SystemActor.run(SystemActor.SYSTEM, () -> units.setStatus(unit.id(),
					new org.shouwang.command.UnitStatusRequest(org.shouwang.command.UnitStatus.OUT_OF_SERVICE, "测试")));
			assertThat(about(received(5000), "unit", String.valueOf(unit.id()))).as("status announced").isTrue();
			SystemActor.run(SystemActor.SYSTEM, () -> units.setStatus(unit.id(),
					new org.shouwang.command.UnitStatusRequest(org.shouwang.command.UnitStatus.AVAILABLE, null)));
		}
		finally {
			// The organisation's tests count the district's units: leave none of ours active.
			organization.deactivateDutyUnit(unit.id());
		}
	}

	@Test
	void theListenerUsesItsOwnConnectionAndComesBackWhenItIsKilled() throws Exception {
		assertThat(jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")
			.param(BoardListener.APPLICATION_NAME)
			.query(Long.class)
			.single()).as("a dedicated listener connection").isPositive();
		SseStream stream = stream();

		try (Connection owner = DriverManager.getConnection(dataSource.getJdbcUrl(), "postgres", "postgres");
				Statement statement = owner.createStatement()) {
			statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
					+ BoardListener.APPLICATION_NAME + "'");
		}
		assertThat(stream.next(e -> e.name().equals("refresh") && e.data().contains("reconnected"), Duration.ofSeconds(20)))
			.as("subscribers told to reload after the reconnect").isNotNull();

		JsonNode created = api.createIncident(BoardTestClient.theft(OffsetDateTime.now(ZoneOffset.ofHours(8))
			.truncatedTo(ChronoUnit.SECONDS).minusMinutes(1).toString(), 3));
		String id = created.path("id").asString();
		assertThat(stream.next(e -> e.name().equals("change") && e.data().contains(id), Duration.ofSeconds(10)))
			.as("changes flow again after the reconnect").isNotNull();
	}
}
