package org.shouwang.community;

import java.time.LocalDate;

/** A visit of the past for the bulk import (earlier years, the demo district). */
public record HistoricalVisit(String gridCode, Long officerId, String officerName, LocalDate visitedOn,
		PremisesKind premises, String address, VisitPurpose purpose, String findings) {
}
