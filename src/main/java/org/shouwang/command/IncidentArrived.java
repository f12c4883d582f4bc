package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

/**
 * The units reached the incident's scene.
 *
 * @param arrivalStandardSeconds the arrival standard the incident is held to (null: none)
 * @param withinStandard         whether reported → on scene kept the standard (null: no standard)
 */
public record IncidentArrived(UUID incidentId, String number, IncidentCategory category, String subtype,
		String stationCode, String gridCode, Instant reportedAt, Instant onSceneAt, Integer arrivalStandardSeconds,
		Boolean withinStandard) {
}
