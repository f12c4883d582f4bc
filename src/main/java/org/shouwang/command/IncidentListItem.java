package org.shouwang.command;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An incident in a list (without its timeline); the caller's phone is always masked in lists. */
public record IncidentListItem(UUID id, String number, IncidentStatus status, IncidentChannel channel,
		IncidentCategory category, String subtype, String subtypeName, int priority, OffsetDateTime reportedAt,
		IncidentLocation location, String gridCode, String stationCode, boolean outsideDistrict, String callerPhone,
		String summary, boolean backEntry, UUID possibleDuplicateOf, UUID mergedInto,
		Integer arrivalStandardSeconds, Boolean arrivalWithinStandard, boolean demo) {
}
