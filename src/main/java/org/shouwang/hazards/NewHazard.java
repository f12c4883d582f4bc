package org.shouwang.hazards;

import java.time.LocalDate;

/**
 * A hazard to report. Where it is: a grid code, or a position (lat/lng) that the geocoder places in a grid; the
 * station follows from the grid. {@code foundBy} defaults to the signed-in user; {@code foundOn} to today. With a
 * {@code deadline} (and {@code responsibleParty}) the rectification is ordered at once.
 */
public record NewHazard(HazardSource source, String sourceReference, HazardCategory category, HazardSeverity severity,
		String place, Double lat, Double lng, String gridCode, String description, LocalDate foundOn, String foundBy,
		LocalDate deadline, String responsibleParty) {
}
