package org.shouwang.video.internal;

import java.time.Instant;

/**
 * An alert as read from a request, before it is tied to a camera: either a camera code or a point with a
 * radius in metres (from a CAP circle) locates it.
 */
record IncomingAlert(String format, String externalId, String eventType, String cameraCode, Double lat, Double lng,
		Double radiusMeters, Instant occurredAt, String description) {
}
