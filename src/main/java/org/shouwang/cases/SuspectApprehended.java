package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** A person of a case was apprehended (抓获); an online fugitive's record must be withdrawn within 48 h. */
public record SuspectApprehended(UUID apprehensionId, UUID caseId, String caseNumber, Instant apprehendedAt,
		boolean onlineFugitive, boolean commandSupported) {
}
