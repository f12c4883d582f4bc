package org.shouwang.inspection;

import java.time.LocalDate;

/** What registering or changing premises takes; the station and grid come from the position. */
public record PremisesInput(String name, PremisesType type, String licenceNumber, LocalDate licenceDate,
		String responsiblePerson, String responsiblePhone, String address, Double lat, Double lng, RiskLevel riskLevel) {
}
