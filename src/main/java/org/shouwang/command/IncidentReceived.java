package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

/** A new incident was taken in (for the live board and other modules). */
public record IncidentReceived(UUID incidentId, String number, IncidentCategory category, String subtype,
		int priority, String stationCode, Instant reportedAt) {
}
