package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** A solved criminal case was transferred for prosecution (移送起诉). */
public record CaseTransferredForProsecution(UUID caseId, String number, Instant at) implements CaseEvent {
}
