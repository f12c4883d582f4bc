package org.shouwang.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The chain's hash. An entry's hash is the lower-case hex SHA-256 of the UTF-8 bytes of
 * {@code shouwang-audit-v1} followed, for each of seq, occurred_at, actor, source_address, action,
 * object_type, object_id, outcome, changes, prev_hash, by {@code |} and either {@code ~} (null) or
 * {@code <byte length>:<value>}. The time is written as {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} (UTC,
 * microseconds); the first entry's previous hash is 64 zeros. Anyone can recompute it from the table.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	static final String VERSION = "shouwang-audit-v1";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private AuditHash() {
	}

	static String of(AuditEntry e) {
		return of(e.seq(), e.occurredAt(), e.actor(), e.sourceAddress(), e.action(), e.objectType(), e.objectId(),
				e.outcome().name(), e.changes(), e.prevHash());
	}

	static String of(long seq, Instant occurredAt, String actor, String sourceAddress, String action,
			String objectType, String objectId, String outcome, String changes, String prevHash) {
		StringBuilder canonical = new StringBuilder(VERSION);
		for (String field : new String[] { Long.toString(seq), TIME.format(occurredAt), actor, sourceAddress, action,
				objectType, objectId, outcome, changes, prevHash }) {
			canonical.append('|');
			if (field == null) {
				canonical.append('~');
			}
			else {
				canonical.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
			}
		}
		return sha256(canonical.toString());
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}
}
