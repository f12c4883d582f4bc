package org.shouwang.antifraud;

import java.time.OffsetDateTime;

/**
 * A new early-warning order as the centre, a CSV row or a form gives it. Types are checked by
 * {@link FraudWarnings}, so a bad value is a field error (400), never a 500.
 *
 * @param externalId the centre's own number of the order (required from the API and CSV; optional by hand)
 * @param victimPhone the potential victim's phone (personal data: stored, shown masked)
 * @param location where the victim is: address and, when known, coordinates (routing: the station of the grid)
 * @param riskLevel HIGH / MEDIUM / LOW or 高 / 中 / 低
 * @param fraudType a {@link FraudType} code or its Chinese name
 * @param suspiciousContact the fraudster's number, account or handle
 * @param issuedAt when the centre issued the order (optional; deadlines run from our reception)
 */
public record WarningInput(String externalId, String victimPhone, Location location, String riskLevel,
		String fraudType, String suspiciousContact, String summary, OffsetDateTime issuedAt) {

	/** Where the potential victim is. */
	public record Location(Double lat, Double lng, String address) {
	}
}
