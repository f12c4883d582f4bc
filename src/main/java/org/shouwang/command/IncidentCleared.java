package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

/** An incident was cleared with a disposition ({@code null} when none was given). */
public record IncidentCleared(UUID incidentId, String number, IncidentCategory category, String subtype,
		Disposition disposition, String stationCode, String gridCode, Instant reportedAt, Instant clearedAt) {
}
