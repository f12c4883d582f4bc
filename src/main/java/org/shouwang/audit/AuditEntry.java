package org.shouwang.audit;

import java.time.Instant;

/**
 * One recorded entry of the trail, as stored.
 *
 * @param seq           position in the chain, 1, 2, 3 … without gaps
 * @param occurredAt    when it was recorded (UTC, microseconds)
 * @param actor         user name, {@code system} or {@code anonymous}
 * @param sourceAddress client address of the request, or {@code null} outside a request
 * @param action        what was done
 * @param objectType    kind of object, or {@code null}
 * @param objectId      its identifier, or {@code null}
 * @param outcome       how it ended
 * @param changes       JSON change summary ({@code {"field": {"from": …, "to": …}}}), or {@code null}
 * @param prevHash      hash of the previous entry (64 zeros for the first)
 * @param hash          SHA-256 (hex) over this entry's content and {@code prevHash}
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String sourceAddress, String action,
		String objectType, String objectId, AuditOutcome outcome, String changes, String prevHash, String hash) {
}
