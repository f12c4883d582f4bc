package org.shouwang.community;

import java.time.Instant;
import java.util.UUID;

/** A lead (线索) a volunteer reported, in the station's queue until it becomes an incident or is dismissed. */
public record Lead(UUID id, String teamCode, UUID volunteerId, String stationCode, Instant reportedAt, String summary,
		String address, Double lat, Double lng, LeadStatus status, UUID incidentId, String incidentNumber,
		String handledBy, String handledNote) {
}
