package org.shouwang.hazards;

import java.util.UUID;

/** A hazard was recorded (by whatever found it). */
public record HazardReported(UUID hazardId, String number, String stationCode, HazardSource source, String sourceReference) {
}
