package org.shouwang.inspection;

import java.time.LocalDate;

/** Filters of the inspection list; null means any; dates inclusive. */
public record InspectionFilter(PremisesType type, InspectionKind kind, InspectionResult result, String stationCode,
		LocalDate from, LocalDate to) {
}
