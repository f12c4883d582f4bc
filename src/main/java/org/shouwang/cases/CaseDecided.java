package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** An administrative case was decided with a penalty (处罚决定). */
public record CaseDecided(UUID caseId, String number, Instant at, Penalty penalty) implements CaseEvent {
}
