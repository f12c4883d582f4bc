package org.shouwang.audit;

/**
 * The outcome of verifying the trail, as {@code GET /api/v1/audit/verify} answers it.
 *
 * @param ok            true when the chain is intact and agrees with the latest checkpoint
 * @param entries       number of entries in the trail
 * @param firstBadEntry sequence number of the first bad (or missing) entry, or {@code null}
 * @param reason        why it failed, or {@code null}
 */
record VerificationResult(boolean ok, long entries, Long firstBadEntry, String reason) {

	static VerificationResult good(long entries) {
		return new VerificationResult(true, entries, null, null);
	}

	static VerificationResult bad(long entries, Long firstBadEntry, String reason) {
		return new VerificationResult(false, entries, firstBadEntry, reason);
	}
}
