package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** A criminal case was registered (立案). */
public record CaseRegistered(UUID caseId, String number, Instant at) implements CaseEvent {
}
