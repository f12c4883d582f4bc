package org.shouwang.command;

import java.time.OffsetDateTime;

/**
 * One event in an incident's life: what happened ({@code RECEIVED}, {@code DISPATCHED}, {@code EN_ROUTE},
 * {@code ON_SCENE}, {@code CLEARED}, {@code MERGED}, {@code RECLASSIFIED}, {@code DUPLICATE_DISMISSED}),
 * the incident's status after it, when it happened and who recorded it.
 */
public record TimelineEntry(String event, IncidentStatus status, OffsetDateTime at, String actor, Long unitId,
		String callSign, String note, OffsetDateTime recordedAt) {
}
