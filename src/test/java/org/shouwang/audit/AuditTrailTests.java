package org.shouwang.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

@ShouwangTest
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditWriter writer;

	@Autowired
	AuditIntegrity integrity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Flyway flyway;

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void concurrentTransactionsFormOneVerifiableChain() throws Exception {
		String type = "concurrency-" + UUID.randomUUID();
		int threads = 8;
		int perThread = 50;
		TransactionTemplate tx = new TransactionTemplate(transactions);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> futures = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				int thread = t;
				futures.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < perThread; i++) {
						int n = i;
						tx.executeWithoutResult(status -> trail.record(AuditAction.UPDATE, type, thread + "-" + n,
								AuditOutcome.SUCCESS, ChangeSummary.diff(Map.of("n", n), Map.of("n", n + 1))));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = ?").param(type).query(Long.class).single())
			.isEqualTo(threads * perThread);
		long entries = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
		long head = jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single();
		assertThat(head).isEqualTo(entries);
		VerificationResult result = integrity.verify();
		assertThat(result.reason()).isNull();
		assertThat(result.ok()).isTrue();
		assertThat(result.entries()).isGreaterThanOrEqualTo(threads * perThread);
	}

	@Test
	void anEntryRollsBackWithItsTransaction() {
		String id = UUID.randomUUID().toString();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			trail.record(AuditAction.CREATE, "rollback-test", id, AuditOutcome.SUCCESS);
			status.setRollbackOnly();
		});
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
			trail.record(AuditAction.DELETE, "rollback-test", id, AuditOutcome.SUCCESS);
			throw new IllegalStateException("the change fails");
		})).hasMessage("the change fails");
		assertThat(count("rollback-test", id)).isZero();

		tx.executeWithoutResult(status -> trail.record(AuditAction.CREATE, "rollback-test", id, AuditOutcome.SUCCESS));
		assertThat(count("rollback-test", id)).isOne();
	}

	@Test
	void recordNeedsTheCallersTransactionButRecordIndependentlyStaysAfterARollback() {
		String id = UUID.randomUUID().toString();
		assertThatThrownBy(() -> trail.record(AuditAction.UPDATE, "tx-test", id, AuditOutcome.SUCCESS))
			.isInstanceOf(IllegalTransactionStateException.class);

		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			trail.record(AuditAction.UPDATE, "tx-test", id, AuditOutcome.SUCCESS);
			trail.recordIndependently(AuditEvent.of(AuditAction.ACCESS_DENIED, "tx-test", id, AuditOutcome.DENIED));
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'tx-test' AND object_id = ?")
			.param(id)
			.query(String.class)
			.list()).containsExactly(AuditAction.ACCESS_DENIED);
		trail.recordIndependently(AuditEvent.of(AuditAction.LOGIN_FAILED, "tx-test", id, AuditOutcome.FAILED)
			.withActor("zhangsan"));
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'LOGIN_FAILED' AND object_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("zhangsan");
	}

	@Test
	void readOnlyAndRepeatableReadTransactionsAreRefused() {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		assertThatThrownBy(() -> readOnly
			.executeWithoutResult(s -> trail.record(AuditAction.READ_UNMASKED, "x", 1, AuditOutcome.SUCCESS)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("read-only");
		TransactionTemplate repeatable = new TransactionTemplate(transactions);
		repeatable.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		assertThatThrownBy(() -> repeatable
			.executeWithoutResult(s -> trail.record(AuditAction.UPDATE, "x", 1, AuditOutcome.SUCCESS)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("READ COMMITTED");
		assertThatThrownBy(() -> AuditEvent.of("drop table", "x", 1, AuditOutcome.SUCCESS))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void actorAndSourceComeFromTheSecurityContextAndTheRequest() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		String id = UUID.randomUUID().toString();

		tx.executeWithoutResult(s -> trail.record(AuditAction.UPDATE, "actor-test", id + "-system", AuditOutcome.SUCCESS));

		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("10.8.0.7");
		request.addHeader("X-Forwarded-For", "203.0.113.9");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		tx.executeWithoutResult(s -> trail.record(AuditAction.ACCESS_DENIED, "actor-test", id + "-anon", AuditOutcome.DENIED));

		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("nanqiao", null, "incident:read"));
		tx.executeWithoutResult(s -> trail.record(AuditAction.READ_UNMASKED, "actor-test", id + "-user", AuditOutcome.SUCCESS,
				ChangeSummary.builder().mask("callerPhone", Masking::phone).change("callerPhone", null, "13800000000").build()));

		AuditTrail behindProxy = new AuditTrail(writer, transactions, new AuditProperties(null, null, true));
		tx.executeWithoutResult(s -> behindProxy.record(AuditAction.UPDATE, "actor-test", id + "-proxy", AuditOutcome.SUCCESS));

		assertThat(row(id + "-system")).containsEntry("actor", "system").containsEntry("source_address", null);
		assertThat(row(id + "-anon")).containsEntry("actor", "anonymous").containsEntry("source_address", "10.8.0.7");
		assertThat(row(id + "-user")).containsEntry("actor", "nanqiao")
			.containsEntry("source_address", "10.8.0.7")
			.containsEntry("changes", "{\"callerPhone\":{\"from\":null,\"to\":\"138****0000\"}}");
		assertThat(row(id + "-proxy")).containsEntry("actor", "nanqiao").containsEntry("source_address", "203.0.113.9");
	}

	@Test
	void theTableRefusesUpdateDeleteAndTruncateEvenForItsOwner() throws Exception {
		ensureEntries();
		DataSource owner = AuditTestSupport.owner(flyway);
		for (String sql : List.of("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 1",
				"DELETE FROM audit_entry WHERE seq = 1", "TRUNCATE audit_entry")) {
			try (Connection connection = owner.getConnection()) {
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement()) {
					assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
						.hasMessageContaining("append-only");
				}
				finally {
					connection.rollback();
				}
			}
		}
		assertThat(integrity.verify().ok()).isTrue();
	}

	@Test
	void theApplicationRoleMayOnlyReadAndInsert() throws Exception {
		ensureEntries();
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 1").update())
			.hasMessageContaining("audit_entry");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = 1").update())
			.hasMessageContaining("audit_entry");
		String appUser = jdbc.sql("SELECT current_user").query(String.class).single();
		String owner = jdbc.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_entry'").query(String.class).single();
		// Until the platform connects as a separate role, the application is the owner and grants do not apply.
		assumeThat(appUser).as("application role differs from the owner").isNotEqualTo(owner);
		Map<String, Object> privileges = jdbc.sql("""
				SELECT has_table_privilege(current_user, 'audit_entry', 'SELECT') AS can_select,
				       has_table_privilege(current_user, 'audit_entry', 'INSERT') AS can_insert,
				       has_table_privilege(current_user, 'audit_entry', 'UPDATE') AS can_update,
				       has_table_privilege(current_user, 'audit_entry', 'DELETE') AS can_delete,
				       has_table_privilege(current_user, 'audit_entry', 'TRUNCATE') AS can_truncate
				""").query().singleRow();
		assertThat(privileges).containsEntry("can_select", true)
			.containsEntry("can_insert", true)
			.containsEntry("can_update", false)
			.containsEntry("can_delete", false)
			.containsEntry("can_truncate", false);
	}

	@Test
	void theMigrationGrantsAnApplicationRoleOnlySelectAndInsert() throws Exception {
		ensureEntries();
		String role = "audit_probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String migration = new String(getClass().getResourceAsStream("/db/migration/audit/V202611281200__audit_trail.sql")
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		String grants = migration.substring(migration.indexOf("DO\n$$")).replace("${appRole}", role);
		DataSource owner = AuditTestSupport.owner(flyway);
		AuditTestSupport.execute(owner, "CREATE ROLE " + role);
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(grants);
			connection.setAutoCommit(false);
			statement.execute("SET LOCAL ROLE " + role);
			try (var rs = statement.executeQuery("SELECT count(*) FROM audit_entry")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getLong(1)).isPositive();
			}
			statement.execute("SAVEPOINT probe");
			for (String sql : List.of("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 1",
					"DELETE FROM audit_entry WHERE seq = 1", "TRUNCATE audit_entry",
					"ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")) {
				assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
					.hasMessageMatching("(?s).*(permission denied|must be owner).*");
				statement.execute("ROLLBACK TO SAVEPOINT probe");
			}
			connection.rollback();
			connection.setAutoCommit(true);
		}
		finally {
			AuditTestSupport.execute(owner, "REVOKE ALL ON audit_entry FROM " + role, "DROP ROLE " + role);
		}
		assertThat(integrity.verify().ok()).isTrue();
	}

	private void ensureEntries() {
		new TransactionTemplate(transactions)
			.executeWithoutResult(s -> trail.record(AuditAction.CREATE, "guard-test", "1", AuditOutcome.SUCCESS));
	}

	private long count(String type, String id) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = ? AND object_id = ?")
			.params(type, id)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> row(String id) {
		return jdbc.sql("SELECT actor, source_address, changes FROM audit_entry WHERE object_id = ?")
			.param(id)
			.query()
			.singleRow();
	}
}
