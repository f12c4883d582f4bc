package org.shouwang.command;

import java.time.OffsetDateTime;

/** A change of an incident's category, subtype or priority after intake, with its reason. */
public record Reclassification(IncidentCategory fromCategory, String fromSubtype, int fromPriority,
		IncidentCategory toCategory, String toSubtype, int toPriority, String reason, OffsetDateTime at,
		String actor) {
}
