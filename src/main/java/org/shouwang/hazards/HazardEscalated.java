package org.shouwang.hazards;

import java.util.UUID;

/** An overdue hazard was escalated to the station chief. */
public record HazardEscalated(UUID hazardId, String number, String stationCode, HazardSource source, String sourceReference, java.time.LocalDate deadline) {
}
