package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

/** A NEW incident was closed as a duplicate of another ({@code into}); both stay, linked. */
public record IncidentMerged(UUID incidentId, String number, UUID into, String intoNumber,
		IncidentCategory category, String subtype, String stationCode, String gridCode, Instant reportedAt,
		Instant mergedAt) {
}
