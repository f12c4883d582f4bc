package org.shouwang.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to the chain in the caller's transaction. Entries are collected while the transaction
 * runs and written just before it commits: under a transaction-scoped advisory lock it reads the head,
 * chains and inserts them, so concurrent transactions form one serial chain, the lock is held only for
 * the commit, and the entries commit or roll back with the change they record.
 */
@Component
class AuditWriter {

	/** Key of the advisory lock that serialises appends ("SHWAUDIT"). */
	static final long LOCK_KEY = 0x5348_5741_5544_4954L;

	private final JdbcClient jdbc;

	AuditWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues an entry for the current transaction's commit. */
	void enqueue(PendingEntry entry) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Audit entries are recorded in a transaction");
		}
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException(
					"Audit entries cannot be written in a read-only transaction; use AuditTrail.recordIndependently");
		}
		Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
		if (isolation != null && isolation >= TransactionDefinition.ISOLATION_REPEATABLE_READ) {
			throw new IllegalStateException("Audit entries need a READ COMMITTED transaction to see the chain's head");
		}
		Batch batch = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(Batch.class::isInstance)
			.map(Batch.class::cast)
			.findFirst()
			.orElseGet(() -> {
				Batch created = new Batch();
				TransactionSynchronizationManager.registerSynchronization(created);
				return created;
			});
		batch.entries.add(entry);
	}

	private void append(List<PendingEntry> entries) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query().listOfRows();
		List<Head> heads = jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.list();
		Head head = heads.isEmpty() ? new Head(0, AuditHash.GENESIS) : heads.get(0);
		long seq = head.seq();
		String prev = head.hash();
		for (PendingEntry p : entries) {
			seq++;
			String hash = AuditHash.of(seq, p.occurredAt(), p.actor(), p.sourceAddress(), p.action(), p.objectType(),
					p.objectId(), p.outcome().name(), p.changes(), prev);
			jdbc.sql("""
					INSERT INTO audit_entry (seq, occurred_at, actor, source_address, action, object_type, object_id,
					                         outcome, changes, prev_hash, hash)
					VALUES (:seq, :at, :actor, :source, :action, :objectType, :objectId, :outcome, :changes, :prev, :hash)
					""")
				.param("seq", seq)
				.param("at", OffsetDateTime.ofInstant(p.occurredAt(), ZoneOffset.UTC))
				.param("actor", p.actor())
				.param("source", p.sourceAddress())
				.param("action", p.action())
				.param("objectType", p.objectType())
				.param("objectId", p.objectId())
				.param("outcome", p.outcome().name())
				.param("changes", p.changes())
				.param("prev", prev)
				.param("hash", hash)
				.update();
			prev = hash;
		}
	}

	/** An entry waiting for its transaction's commit; the time is when it was recorded. */
	record PendingEntry(Instant occurredAt, String actor, String sourceAddress, String action, String objectType,
			String objectId, AuditOutcome outcome, String changes) {

		PendingEntry {
			occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		}
	}

	private record Head(long seq, String hash) {
	}

	/** The entries of one transaction; written last among the before-commit callbacks. */
	private final class Batch implements TransactionSynchronization {

		private final List<PendingEntry> entries = new ArrayList<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!entries.isEmpty()) {
				append(entries);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}
}
