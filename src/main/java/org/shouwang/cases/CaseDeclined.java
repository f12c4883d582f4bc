package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** A criminal case was not registered (不予立案), with the reason. */
public record CaseDeclined(UUID caseId, String number, Instant at, String reason) implements CaseEvent {
}
