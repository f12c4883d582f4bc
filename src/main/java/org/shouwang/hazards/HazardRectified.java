package org.shouwang.hazards;

import java.util.UUID;

/** A hazard was reported rectified. */
public record HazardRectified(UUID hazardId, String number, String stationCode, HazardSource source, String sourceReference) {
}
