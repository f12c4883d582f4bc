package org.shouwang.command;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The answer to an intake with an Idempotency-Key: the incident created by this request, or the response
 * first given for the key ({@code replayed}). {@code body} is the JSON response, exactly as first given
 * (the caller's phone shown as the reader may see it).
 */
public record IntakeOutcome(UUID incidentId, String number, int status, boolean replayed, JsonNode body) {
}
