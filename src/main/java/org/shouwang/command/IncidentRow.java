package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

import org.shouwang.geography.GridType;

/** An incident as stored (raw caller phone, instants). */
record IncidentRow(UUID id, String number, IncidentStatus status, IncidentChannel channel, IncidentCategory category,
		String subtype, int priority, Instant reportedAt, Instant receivedAt, double lat, double lng, String address,
		String gridCode, GridType gridType, String stationCode, String callerPhone, String summary, boolean backEntry,
		UUID possibleDuplicateOf, boolean duplicateDismissed, UUID mergedInto, Instant firstDispatchedAt,
		Instant onSceneAt, Instant clearedAt, Disposition disposition, String dispositionNote,
		Integer arrivalStandardSeconds, Boolean arrivalWithinStandard, boolean demo, long version) {

	IncidentIntervals intervals() {
		return new IncidentIntervals(seconds(reportedAt, firstDispatchedAt), seconds(firstDispatchedAt, onSceneAt),
				seconds(onSceneAt, clearedAt), seconds(reportedAt, onSceneAt));
	}

	private static Long seconds(Instant from, Instant to) {
		return from == null || to == null ? null : java.time.Duration.between(from, to).getSeconds();
	}
}
