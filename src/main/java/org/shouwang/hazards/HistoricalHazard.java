package org.shouwang.hazards;

import java.time.LocalDate;

/**
 * A hazard of the past for the bulk import (earlier years' records, the demo district): the whole lifecycle as it
 * happened. Later steps need the earlier ones: {@code rectifiedOn} needs a deadline, {@code verifiedOn} a rectification.
 */
public record HistoricalHazard(HazardSource source, String sourceReference, HazardCategory category,
		HazardSeverity severity, String place, Double lat, Double lng, String gridCode, String description,
		LocalDate foundOn, String foundBy, LocalDate deadline, String responsibleParty, LocalDate rectifiedOn,
		String rectificationNote, LocalDate verifiedOn, String verifiedBy, boolean demo) {
}
