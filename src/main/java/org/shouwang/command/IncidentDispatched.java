package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

/**
 * A unit was sent to an incident.
 *
 * @param first whether it was the incident's first unit ({@code dispatchedAt} is then its first dispatch)
 */
public record IncidentDispatched(UUID incidentId, String number, IncidentCategory category, String subtype,
		String stationCode, String gridCode, long unitId, Instant reportedAt, Instant dispatchedAt, boolean first) {
}
