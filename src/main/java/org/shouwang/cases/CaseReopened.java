package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** A closed case was reopened with a reason (audited and counted). */
public record CaseReopened(UUID caseId, String number, Instant at, CaseStatus from, String reason) implements CaseEvent {
}
