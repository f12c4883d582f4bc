package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** An apprehended online fugitive's record was not withdrawn (撤网) within 48 hours: flagged to leadership. */
public record FugitiveWithdrawalOverdue(UUID apprehensionId, UUID caseId, String caseNumber, Instant apprehendedAt,
		Instant dueAt) {
}
