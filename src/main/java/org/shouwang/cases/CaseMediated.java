package org.shouwang.cases;

import java.time.Instant;
import java.util.UUID;

/** An administrative case was settled by mediation (调解). */
public record CaseMediated(UUID caseId, String number, Instant at) implements CaseEvent {
}
