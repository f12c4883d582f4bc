package org.shouwang.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Premises as shown: the responsible person and phone masked unless the reader may see personal data.
 * {@code nextDueOn} is the last inspection plus the risk's interval (the registration date when never inspected).
 */
public record PremisesView(UUID id, String number, String name, PremisesType type, String licenceNumber,
		LocalDate licenceDate, String responsiblePerson, String responsiblePhone, String address, double lat, double lng,
		String stationCode, String gridCode, RiskLevel riskLevel, PremisesStatus status, LocalDate suspendedUntil,
		LocalDate lastInspectedOn, LocalDate nextDueOn, boolean overdue, boolean demo) {
}
