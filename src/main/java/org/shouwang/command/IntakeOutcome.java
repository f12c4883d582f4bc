package org.shouwang.command;

import java.util.UUID;

/**
 * The answer to an intake with an Idempotency-Key: the incident created by this request, or the response
 * first given for the key ({@code replayed}). {@code body} is the JSON response as text, exactly as first
 * given (the caller's phone shown as the reader may see it), or only a receipt (id and number) when the
 * incident lies outside the caller's data scope ({@code inScope} false); {@code stationCode} is the incident's
 * station (null outside the district).
 */
public record IntakeOutcome(UUID incidentId, String number, int status, boolean replayed, String body,
		String stationCode, boolean inScope) {

	IntakeOutcome(UUID incidentId, String number, int status, boolean replayed, String body, String stationCode) {
		this(incidentId, number, status, replayed, body, stationCode, true);
	}
}
