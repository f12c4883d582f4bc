package org.shouwang.audit;

import java.time.Instant;

/**
 * A checkpoint of the trail kept outside the database: how many entries it had and the head entry's hash
 * at a point in time. An entry removed from the end, or a chain rewritten up to the head, no longer
 * matches it.
 *
 * @param entries      number of entries
 * @param headSequence sequence number of the last entry (0 when empty)
 * @param headHash     hash of the last entry (64 zeros when empty)
 * @param createdAt    when the checkpoint was taken
 */
record AuditCheckpoint(long entries, long headSequence, String headHash, Instant createdAt) {
}
