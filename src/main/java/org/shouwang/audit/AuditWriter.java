package org.shouwang.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

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

	/** Entries of one transaction appended at once before its commit; a larger transaction appends every so many. */
	static final int FLUSH_AT = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
		if (batch.entries.size() >= FLUSH_AT) {
			// A bulk transaction (an import) appends as it goes, so no single call carries tens of thousands of
			// entries; it then holds the append lock from here to its commit, as every writer holds it to its own.
			append(batch.entries);
			batch.entries.clear();
		}
	}

	/**
	 * Chains and inserts the entries in one call of the database function {@code audit_append}: it takes the
	 * advisory lock, reads the head, hashes each entry as {@link AuditHash} does and inserts it, so the section
	 * that writing transactions pass one at a time is one round trip and the commit.
	 */
	private void append(List<PendingEntry> entries) {
		ArrayNode array = JSON.createArrayNode();
		for (PendingEntry p : entries) {
			array.addObject()
				.put("occurredAt", p.occurredAt().toString())
				.put("actor", p.actor())
				.put("sourceAddress", p.sourceAddress())
				.put("action", p.action())
				.put("objectType", p.objectType())
				.put("objectId", p.objectId())
				.put("outcome", p.outcome().name())
				.put("changes", p.changes());
		}
		jdbc.sql("SELECT audit_append(?, ?::jsonb)").params(LOCK_KEY, JSON.writeValueAsString(array)).query(Long.class).single();
	}

	/** An entry waiting for its transaction's commit; the time is when it was recorded. */
	record PendingEntry(Instant occurredAt, String actor, String sourceAddress, String action, String objectType,
			String objectId, AuditOutcome outcome, String changes) {

		PendingEntry {
			occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		}
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
