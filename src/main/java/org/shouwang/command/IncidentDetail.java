package org.shouwang.command;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.shouwang.geography.GridType;

/**
 * An incident (警情) with its timeline, assignments and reclassifications, as the API shows it. The
 * caller's phone is masked unless the reader may see personal data ({@code callerPhoneMasked} says which).
 */
public record IncidentDetail(UUID id, String number, IncidentStatus status, IncidentChannel channel,
		IncidentCategory category, String subtype, String subtypeName, int priority, OffsetDateTime reportedAt,
		OffsetDateTime receivedAt, IncidentLocation location, String gridCode, GridType gridType,
		String stationCode, boolean outsideDistrict, String callerPhone, boolean callerPhoneMasked, String summary,
		boolean backEntry, UUID possibleDuplicateOf, UUID mergedInto, Disposition disposition,
		String dispositionNote, IncidentIntervals intervals, Integer arrivalStandardSeconds,
		Boolean arrivalWithinStandard, boolean demo, List<TimelineEntry> timeline, List<Assignment> assignments,
		List<Reclassification> reclassifications) {
}
