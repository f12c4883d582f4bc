package org.shouwang.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tampering as a DBA would, directly in PostgreSQL, on an isolated copy of the trail (a scratch schema),
 * so the shared trail stays intact for the other tests; it is verified at the end of each test.
 */
@ShouwangTest
class AuditTamperTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditIntegrity integrity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Flyway flyway;

	@TempDir
	Path checkpointDir;

	DataSource owner;

	String schema;

	String table;

	CheckpointStore checkpoints;

	AuditChainVerifier verifier;

	long entries;

	@BeforeEach
	void copyTheTrail() throws Exception {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		while (jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single() < 150) {
			tx.executeWithoutResult(s -> {
				for (int i = 0; i < 20; i++) {
					trail.record(AuditAction.UPDATE, "tamper-fixture", UUID.randomUUID(), AuditOutcome.SUCCESS,
							ChangeSummary.builder().mask("phone", Masking::phone).change("phone", "13800000000", "13911112222").build());
				}
			});
		}
		owner = AuditTestSupport.owner(flyway);
		schema = "audit_tamper_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		table = schema + ".audit_entry";
		AuditTestSupport.execute(owner, "CREATE SCHEMA " + schema,
				"CREATE TABLE " + table + " (LIKE audit_entry INCLUDING ALL)",
				"INSERT INTO " + table + " SELECT * FROM audit_entry",
				"CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON " + table
						+ " FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()");
		verifier = new AuditChainVerifier(table);
		checkpoints = new CheckpointStore(checkpointDir);
		try (Connection connection = owner.getConnection()) {
			AuditChainVerifier.Checked checked = verifier.checkpoint(connection, null, Instant.now());
			assertThat(checked.result().ok()).isTrue();
			checkpoints.write(checked.checkpoint());
			entries = checked.checkpoint().entries();
		}
		assertThat(entries).isGreaterThanOrEqualTo(150);
		assertThat(verify()).isEqualTo(VerificationResult.good(entries));
	}

	@AfterEach
	void dropTheCopyAndCheckTheSharedTrail() throws Exception {
		AuditTestSupport.execute(owner, "DROP SCHEMA " + schema + " CASCADE");
		assertThat(integrity.verify().ok()).as("the shared trail still verifies").isTrue();
	}

	@Test
	void anEditedEntryIsReported() throws Exception {
		long k = entries / 2;
		assertThatThrownBy(() -> AuditTestSupport.execute(owner, "UPDATE " + table + " SET actor = 'mallory' WHERE seq = " + k))
			.hasMessageContaining("append-only");
		asDba("UPDATE " + table + " SET changes = '{\"phone\":{\"from\":null,\"to\":\"139****2222\"}}' WHERE seq = " + k);

		VerificationResult result = verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.entries()).isEqualTo(entries);
		assertThat(result.firstBadEntry()).isEqualTo(k);
		assertThat(result.reason()).contains("altered");
	}

	@Test
	void aDeletedEntryInTheMiddleIsReported() throws Exception {
		long k = entries / 3;
		asDba("DELETE FROM " + table + " WHERE seq = " + k);

		VerificationResult result = verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.entries()).isEqualTo(entries - 1);
		assertThat(result.firstBadEntry()).isEqualTo(k);
		assertThat(result.reason()).contains("missing");
	}

	@Test
	void theLastFiftyDeletedAreReportedAgainstTheCheckpoint() throws Exception {
		asDba("DELETE FROM " + table + " WHERE seq > " + (entries - 50));

		VerificationResult result = verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.entries()).isEqualTo(entries - 50);
		assertThat(result.firstBadEntry()).isEqualTo(entries - 49);
		assertThat(result.reason()).contains("removed from the end");
		// Nor will a new checkpoint bless the shortened trail.
		try (Connection connection = owner.getConnection()) {
			AuditChainVerifier.Checked checked = verifier.checkpoint(connection, checkpoints.latest().orElseThrow(), Instant.now());
			assertThat(checked.checkpoint()).isNull();
			assertThat(checked.result().firstBadEntry()).isEqualTo(entries);
		}
		// Without the checkpoint the shortened chain would look sound: that is what the checkpoint is for.
		try (Connection connection = owner.getConnection()) {
			assertThat(verifier.verify(connection, (AuditCheckpoint) null).ok()).isTrue();
		}
	}

	@Test
	void swappedEntriesAreReported() throws Exception {
		long a = entries / 4;
		long b = entries / 2;
		asDba("UPDATE " + table + " t SET (occurred_at, actor, source_address, action, object_type, object_id, outcome, "
				+ "changes, prev_hash, hash) = (SELECT occurred_at, actor, source_address, action, object_type, object_id, "
				+ "outcome, changes, prev_hash, hash FROM " + table + " o WHERE o.seq = CASE WHEN t.seq = " + a
				+ " THEN " + b + " ELSE " + a + " END) WHERE seq IN (" + a + ", " + b + ")");

		VerificationResult result = verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.entries()).isEqualTo(entries);
		assertThat(result.firstBadEntry()).isEqualTo(a);
		assertThat(result.reason()).contains("does not follow");
	}

	@Test
	void aChainRewrittenToTheHeadIsReportedAgainstTheCheckpoint() throws Exception {
		long k = entries / 2;
		// A DBA who knows the hash recomputes every hash from the edited entry to the head.
		List<AuditEntry> rewritten = new ArrayList<>();
		try (Connection connection = owner.getConnection();
				PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " WHERE seq >= ? ORDER BY seq")) {
			select.setLong(1, k - 1);
			try (ResultSet rs = select.executeQuery()) {
				String prev = null;
				while (rs.next()) {
					AuditEntry e = AuditChainVerifier.map(rs);
					if (prev == null) {
						prev = e.hash();
						continue;
					}
					String actor = e.seq() == k ? "mallory" : e.actor();
					AuditEntry changed = new AuditEntry(e.seq(), e.occurredAt(), actor, e.sourceAddress(), e.action(),
							e.objectType(), e.objectId(), e.outcome(), e.changes(), prev, null);
					prev = AuditHash.of(changed);
					rewritten.add(changed);
					rewritten.set(rewritten.size() - 1, new AuditEntry(changed.seq(), changed.occurredAt(), actor,
							changed.sourceAddress(), changed.action(), changed.objectType(), changed.objectId(),
							changed.outcome(), changed.changes(), changed.prevHash(), prev));
				}
			}
		}
		List<String> updates = new ArrayList<>();
		for (AuditEntry e : rewritten) {
			updates.add("UPDATE " + table + " SET actor = '" + e.actor() + "', prev_hash = '" + e.prevHash()
					+ "', hash = '" + e.hash() + "' WHERE seq = " + e.seq());
		}
		asDba(updates.toArray(String[]::new));
		try (Connection connection = owner.getConnection()) {
			assertThat(verifier.verify(connection, (AuditCheckpoint) null).ok()).as("consistent on its own").isTrue();
		}

		VerificationResult result = verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.firstBadEntry()).isEqualTo(entries);
		assertThat(result.reason()).contains("checkpoint");
	}

	@Test
	void theCommandLineVerifierExitsZeroWhenSoundAndOneWithTheReportWhenTampered() throws Exception {
		AuditTestSupport.Login login = AuditTestSupport.login(owner);
		String[] args = { "--jdbc-url=" + login.url(), "--user=" + login.user(), "--password=" + login.password(),
				"--checkpoint-dir=" + checkpointDir, "--table=" + table };

		assertThat(runInProcess(args).code()).isEqualTo(AuditVerifierCli.OK);
		Cli sound = runAsProcess(args);
		assertThat(sound.code()).isEqualTo(0);
		assertThat(sound.output()).contains("OK");

		long k = entries / 2;
		asDba("DELETE FROM " + table + " WHERE seq = " + k);
		Cli tampered = runAsProcess(args);
		assertThat(tampered.code()).isEqualTo(1);
		assertThat(tampered.output()).contains("first bad entry " + k).contains("missing");
		assertThat(runInProcess(args).code()).isEqualTo(AuditVerifierCli.TAMPERED);

		assertThat(runInProcess(new String[] { "--jdbc-url=" + login.url() }).code()).isEqualTo(AuditVerifierCli.ERROR);
		assertThat(runInProcess(new String[] { "--jdbc-url=" + login.url(), "--checkpoint-dir=" + checkpointDir,
				"--table=x; DROP TABLE audit_entry" }).code()).isEqualTo(AuditVerifierCli.ERROR);
	}

	private VerificationResult verify() throws SQLException {
		try (Connection connection = owner.getConnection()) {
			return verifier.verify(connection, checkpoints);
		}
	}

	/** As the owner: disables the trigger, tampers, and enables it again. */
	private void asDba(String... statements) throws SQLException {
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE " + table + " DISABLE TRIGGER audit_entry_append_only");
			try {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
			finally {
				statement.execute("ALTER TABLE " + table + " ENABLE ALWAYS TRIGGER audit_entry_append_only");
			}
		}
	}

	private static Cli runInProcess(String[] args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = AuditVerifierCli.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Cli(code, out.toString(StandardCharsets.UTF_8));
	}

	private static Cli runAsProcess(String[] args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), AuditVerifierCli.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Cli(process.exitValue(), output);
	}

	private record Cli(int code, String output) {
	}
}
