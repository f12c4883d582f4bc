package org.shouwang.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Verifies the trail and exports checkpoints: on a schedule ({@code shouwang.audit.checkpoint-interval})
 * and on demand. A checkpoint is only written after the entries added since the previous one have been
 * verified, so a tampered trail is reported instead of being blessed.
 */
@Service
class AuditIntegrity {

	private static final Logger log = LoggerFactory.getLogger(AuditIntegrity.class);

	private final DataSource dataSource;

	private final CheckpointStore store;

	private final AuditChainVerifier verifier = new AuditChainVerifier();

	private final Clock clock = Clock.systemUTC();

	AuditIntegrity(DataSource dataSource, AuditProperties properties) {
		this.dataSource = dataSource;
		this.store = new CheckpointStore(properties.checkpointDir());
	}

	/** Recomputes the whole chain and compares it with the latest checkpoint. */
	VerificationResult verify() {
		try (Connection connection = dataSource.getConnection()) {
			return verifier.verify(connection, store);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Audit verification failed", ex);
		}
	}

	/** The latest exported checkpoint, if any. */
	Optional<AuditCheckpoint> latest() {
		return store.latest();
	}

	/** Exports a checkpoint of the current head; refused with the reason when the trail does not verify. */
	synchronized AuditCheckpoint export() {
		AuditCheckpoint base = store.latest().orElse(null);
		AuditChainVerifier.Checked checked;
		try (Connection connection = dataSource.getConnection()) {
			checked = verifier.checkpoint(connection, base, clock.instant());
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Audit checkpoint failed", ex);
		}
		if (checked.checkpoint() == null) {
			throw new CheckpointRefusedException(checked.result());
		}
		store.write(checked.checkpoint());
		log.info("Audit checkpoint: {} entries, head {} {}", checked.checkpoint().entries(),
				checked.checkpoint().headSequence(), checked.checkpoint().headHash());
		return checked.checkpoint();
	}

	/** The scheduled export; skipped while nothing was added since the latest checkpoint. */
	@Scheduled(fixedDelayString = "${shouwang.audit.checkpoint-interval:PT5M}",
			initialDelayString = "${shouwang.audit.checkpoint-interval:PT5M}")
	void scheduledExport() {
		try {
			Optional<AuditCheckpoint> latest = store.latest();
			if (latest.isPresent() && latest.get().headSequence() == headSequence()) {
				return;
			}
			export();
		}
		catch (CheckpointRefusedException ex) {
			log.error("AUDIT TRAIL FAILED VERIFICATION, no checkpoint written: first bad entry {}: {}",
					ex.result().firstBadEntry(), ex.result().reason());
		}
		catch (RuntimeException ex) {
			log.error("Audit checkpoint could not be exported: {}", ex.getMessage());
		}
	}

	private long headSequence() {
		try (Connection connection = dataSource.getConnection();
				var statement = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM audit_entry");
				var rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Cannot read the audit head", ex);
		}
	}

	/** The trail failed verification, so no checkpoint was written. */
	static final class CheckpointRefusedException extends RuntimeException {

		private final transient VerificationResult result;

		CheckpointRefusedException(VerificationResult result) {
			super("The audit trail does not verify: " + result.reason());
			this.result = result;
		}

		VerificationResult result() {
			return result;
		}
	}
}
