package org.shouwang.command;

import java.time.OffsetDateTime;

/** A unit sent to an incident, with its times; {@code status} is the assignment's (CLEARED when released). */
public record Assignment(long unitId, String callSign, AssignmentStatus status, OffsetDateTime dispatchedAt,
		OffsetDateTime enRouteAt, OffsetDateTime onSceneAt, OffsetDateTime clearedAt) {
}
