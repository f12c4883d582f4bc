package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.UUID;

/** A patrol plan's roster was published (put in force). */
public record PatrolPlanPublished(UUID planId, LocalDate startsOn, LocalDate endsOn) {
}
