package org.shouwang.hazards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A hazard as other modules and the API see it. {@code overdue}: still open and past its deadline (as of today);
 * {@code escalatedAt}: when it was escalated to the station chief for being overdue.
 */
public record Hazard(UUID id, String number, HazardSource source, String sourceReference, HazardCategory category,
		HazardSeverity severity, HazardStatus status, String place, Double lat, Double lng, String gridCode,
		String stationCode, String description, LocalDate foundOn, String foundBy, LocalDate deadline,
		String responsibleParty, LocalDate rectifiedOn, String rectificationNote, LocalDate verifiedOn,
		String verifiedBy, String verificationNote, Instant escalatedAt, boolean overdue, boolean hasPhoto,
		boolean demo, int version) {
}
