package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** An administrative case was concluded (结案). */
public record CaseConcluded(UUID caseId, String number, Instant at) implements CaseEvent {
}
