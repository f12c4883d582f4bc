package org.shouwang.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recomputes the hash chain and compares it with a checkpoint; the one implementation behind
 * {@code GET /api/v1/audit/verify}, the checkpoint export and {@link AuditVerifierCli}. Plain JDBC: it
 * streams the entries in sequence order (cursor, bounded fetch size) inside one read-only
 * REPEATABLE READ transaction, so it sees one consistent trail and never holds it all in memory.
 * It stops at the first bad entry: a gap in the sequence (deleted entry), an entry whose previous hash is
 * not its predecessor's hash (reordered or swapped), an entry whose content does not match its hash
 * (edited), an entry that differs from the checkpoint's head, or a trail shorter than the checkpoint
 * (truncated).
 */
final class AuditChainVerifier {

	static final String DEFAULT_TABLE = "audit_entry";

	private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

	private static final String COLUMNS = "seq, occurred_at, actor, source_address, action, object_type, object_id, "
			+ "outcome, changes, prev_hash, hash";

	private static final int FETCH_SIZE = 500;

	private final String table;

	AuditChainVerifier() {
		this(DEFAULT_TABLE);
	}

	/** A verifier of another table of the same shape (e.g. a copy in a scratch schema). */
	AuditChainVerifier(String table) {
		if (table == null || !TABLE_NAME.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a plain (schema.)table name: " + table);
		}
		this.table = table;
	}

	/** Verifies the whole chain against the latest checkpoint in {@code checkpoints} (if any). */
	VerificationResult verify(Connection connection, CheckpointStore checkpoints) throws SQLException {
		Optional<AuditCheckpoint> checkpoint;
		try {
			checkpoint = checkpoints.latest();
		}
		catch (RuntimeException ex) {
			long entries = inSnapshot(connection, () -> count(connection));
			return VerificationResult.bad(entries, null, "The latest checkpoint cannot be read: " + ex.getMessage());
		}
		return verify(connection, checkpoint.orElse(null));
	}

	/** Verifies the whole chain against {@code checkpoint} ({@code null}: the chain alone). */
	VerificationResult verify(Connection connection, AuditCheckpoint checkpoint) throws SQLException {
		return inSnapshot(connection, () -> {
			long entries = count(connection);
			return walk(connection, 0, AuditHash.GENESIS, entries, checkpoint).result();
		});
	}

	/**
	 * Checks what was added since {@code base} (the whole chain when {@code null}) and, when all is well,
	 * returns the new checkpoint of the current head; otherwise the failure, so that a tampered trail is
	 * never blessed by a new checkpoint.
	 */
	Checked checkpoint(Connection connection, AuditCheckpoint base, Instant now) throws SQLException {
		return inSnapshot(connection, () -> {
			long entries = count(connection);
			Walk walk;
			if (base == null || base.headSequence() == 0) {
				walk = walk(connection, 0, AuditHash.GENESIS, entries, base);
			}
			else {
				AuditEntry anchor = entry(connection, base.headSequence());
				if (anchor == null) {
					return new Checked(null, VerificationResult.bad(entries, base.headSequence(),
							"Entry " + base.headSequence() + ", the head of the checkpoint of " + base.createdAt()
									+ ", is missing (entries removed from the end)"));
				}
				if (!anchor.hash().equals(base.headHash()) || !AuditHash.of(anchor).equals(anchor.hash())) {
					return new Checked(null, VerificationResult.bad(entries, anchor.seq(), "Entry " + anchor.seq()
							+ " differs from the head of the checkpoint of " + base.createdAt()));
				}
				walk = walk(connection, base.headSequence(), base.headHash(), entries, base);
			}
			if (!walk.result().ok()) {
				return new Checked(null, walk.result());
			}
			return new Checked(new AuditCheckpoint(entries, walk.lastSeq(), walk.lastHash(), now), walk.result());
		});
	}

	private Walk walk(Connection connection, long afterSeq, String afterHash, long entries, AuditCheckpoint checkpoint)
			throws SQLException {
		long expected = afterSeq + 1;
		String prev = afterHash;
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE seq > ? ORDER BY seq")) {
			statement.setFetchSize(FETCH_SIZE);
			statement.setLong(1, afterSeq);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					AuditEntry entry = map(rs);
					VerificationResult bad = check(entry, expected, prev, entries, checkpoint);
					if (bad != null) {
						return new Walk(bad, expected - 1, prev);
					}
					prev = entry.hash();
					expected++;
				}
			}
		}
		long last = expected - 1;
		if (checkpoint != null && (last < checkpoint.headSequence() || entries < checkpoint.entries())) {
			return new Walk(VerificationResult.bad(entries, last + 1,
					"The trail ends at entry " + last + " but the checkpoint of " + checkpoint.createdAt() + " recorded "
							+ checkpoint.entries() + " entries up to entry " + checkpoint.headSequence()
							+ " (entries removed from the end)"),
					last, prev);
		}
		return new Walk(VerificationResult.good(entries), last, prev);
	}

	private static VerificationResult check(AuditEntry entry, long expected, String prev, long entries,
			AuditCheckpoint checkpoint) {
		long seq = entry.seq();
		if (seq != expected) {
			return VerificationResult.bad(entries, expected, "Entry " + expected + " is missing: the sequence jumps from "
					+ (expected - 1) + " to " + seq + " (deleted entry)");
		}
		if (!entry.prevHash().equals(prev)) {
			return VerificationResult.bad(entries, seq, "Entry " + seq + " does not follow entry " + (seq - 1)
					+ ": its previous hash differs (entries reordered, swapped or replaced)");
		}
		if (entry.outcome() == null || !AuditHash.of(entry).equals(entry.hash())) {
			return VerificationResult.bad(entries, seq,
					"Entry " + seq + " was altered: its content does not match its hash");
		}
		if (checkpoint != null && seq == checkpoint.headSequence() && !entry.hash().equals(checkpoint.headHash())) {
			return VerificationResult.bad(entries, seq, "Entry " + seq + " differs from the head of the checkpoint of "
					+ checkpoint.createdAt() + " (chain rewritten)");
		}
		return null;
	}

	private AuditEntry entry(Connection connection, long seq) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE seq = ?")) {
			statement.setLong(1, seq);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() ? map(rs) : null;
			}
		}
	}

	private long count(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + table);
				ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static AuditEntry map(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		AuditOutcome parsed;
		try {
			parsed = AuditOutcome.valueOf(outcome);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			parsed = null;
		}
		return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("source_address"), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), parsed, rs.getString("changes"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static <T> T inSnapshot(Connection connection, SqlWork<T> work) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		boolean readOnly = connection.isReadOnly();
		int isolation = connection.getTransactionIsolation();
		if (!autoCommit) {
			connection.rollback();
		}
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		connection.setReadOnly(true);
		try {
			return work.run();
		}
		finally {
			connection.rollback();
			connection.setReadOnly(readOnly);
			connection.setTransactionIsolation(isolation);
			connection.setAutoCommit(autoCommit);
		}
	}

	@FunctionalInterface
	private interface SqlWork<T> {

		T run() throws SQLException;
	}

	private record Walk(VerificationResult result, long lastSeq, String lastHash) {
	}

	/** The result of checking before a checkpoint: the new checkpoint when the trail is sound. */
	record Checked(AuditCheckpoint checkpoint, VerificationResult result) {
	}
}
