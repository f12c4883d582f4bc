package org.shouwang.hazards;

import java.util.UUID;

/** An officer verified a hazard's rectification; the hazard is closed. */
public record HazardVerified(UUID hazardId, String number, String stationCode, HazardSource source, String sourceReference) {
}
