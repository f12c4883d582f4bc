package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** Investigation (侦查 / 调查) of a case began. */
public record CaseInvestigationStarted(UUID caseId, String number, Instant at) implements CaseEvent {
}
