package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

/** An incident's category, subtype or priority was changed (with the dispatcher's reason). */
public record IncidentReclassified(UUID incidentId, String number, IncidentCategory fromCategory,
		String fromSubtype, int fromPriority, IncidentCategory toCategory, String toSubtype, int toPriority,
		String reason, String stationCode, String gridCode, Instant reportedAt, Instant at) {
}
