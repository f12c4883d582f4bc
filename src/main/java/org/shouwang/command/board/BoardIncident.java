package org.shouwang.command.board;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentStatus;

/**
 * An open incident on the board, with the times its timers run from (reported, first dispatch, on scene)
 * and the arrival standard it is held to.
 */
public record BoardIncident(UUID id, String number, IncidentStatus status, IncidentCategory category,
		String categoryName, String subtype, String subtypeName, int priority, OffsetDateTime reportedAt,
		OffsetDateTime dispatchedAt, OffsetDateTime onSceneAt, double lat, double lng, String address, String gridCode,
		String gridType, String stationCode, int arrivalStandardSeconds, boolean possibleDuplicate, long version) {
}
