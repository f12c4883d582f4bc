package org.shouwang.video.internal;

import org.shouwang.video.IncidentLink;

import java.time.Instant;
import java.util.UUID;

/**
 * A video analytics alert as received: from which source (with its external identifier), in which format,
 * about which camera and event, and what became of it: an incident (OPENED), waiting for incident intake
 * (PENDING_INCIDENT) or a DUPLICATE of an earlier alert ({@code duplicateOf}).
 */
public record AnalyticsAlert(UUID id, String sourceCode, String externalId, String format, String eventType,
		String cameraCode, double lat, double lng, String gridCode, String stationCode, Instant occurredAt,
		Instant receivedAt, String description, IncidentLink status, UUID duplicateOf, String incidentRef) {
}
