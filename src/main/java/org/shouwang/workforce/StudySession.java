package org.shouwang.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** A study session (学习研讨交流) held by a unit. */
public record StudySession(UUID id, String unitCode, String stationCode, Kinds.StudyKind kind, String topic,
		LocalDate heldOn, int attendance, boolean demo) {
}
