package org.shouwang.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** A welfare visit to an officer's family (走访慰问民警家属); the officer named by badge number only. */
public record WelfareVisit(UUID id, String unitCode, String stationCode, Kinds.VisitOccasion occasion,
		LocalDate visitedOn, String officerBadge, String note, boolean demo) {
}
