package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

/**
 * A new incident was taken in (for the live board and other modules).
 *
 * @param possibleDuplicateOf the incident it may duplicate, or null
 * @param backEntry           taken on paper and entered afterwards ({@code reportedAt} is the original time)
 */
public record IncidentReceived(UUID incidentId, String number, IncidentChannel channel, IncidentCategory category,
		String subtype, int priority, String stationCode, String gridCode, double lat, double lng, Instant reportedAt,
		boolean backEntry, UUID possibleDuplicateOf) {
}
