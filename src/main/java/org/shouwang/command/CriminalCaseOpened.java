package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

/** An incident was cleared with a case opened (立案): the case module takes it over from here. */
public record CriminalCaseOpened(UUID incidentId, String number, IncidentCategory category, String subtype,
		String stationCode, String gridCode, double lat, double lng, String address, String summary,
		Instant reportedAt, Instant clearedAt) {
}
