package org.shouwang.hazards;

import java.util.UUID;

/** The rectification of a hazard was ordered with a deadline. */
public record HazardRectificationOrdered(UUID hazardId, String number, String stationCode, HazardSource source, String sourceReference, java.time.LocalDate deadline) {
}
