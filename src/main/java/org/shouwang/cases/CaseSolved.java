package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** A criminal case was solved (破案): facts, the suspect's act and the main suspect's custody recorded. */
public record CaseSolved(UUID caseId, String number, Instant at, boolean commandAssisted) implements CaseEvent {
}
