package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** A criminal case was withdrawn (撤案), with the reason. */
public record CaseWithdrawn(UUID caseId, String number, Instant at, String reason) implements CaseEvent {
}
