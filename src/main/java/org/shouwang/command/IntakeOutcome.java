package org.shouwang.command;

import java.util.UUID;

/**
 * The answer to an intake with an Idempotency-Key: the incident created by this request, or the response
 * first given for the key ({@code replayed}). {@code body} is the JSON response as text, exactly as first
 * given (the caller's phone shown as the reader may see it); {@code stationCode} is the incident's station
 * (null outside the district), for the web layer's scope check.
 */
public record IntakeOutcome(UUID incidentId, String number, int status, boolean replayed, String body,
		String stationCode) {
}
