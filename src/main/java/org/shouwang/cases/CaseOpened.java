package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** A case was opened (受理), from an incident, a walk-in report or a transfer. */
public record CaseOpened(UUID caseId, String number, Instant at, CaseKind kind, String stationCode, CaseSource source) implements CaseEvent {
}
