package org.shouwang.command.video;

import java.time.Instant;

/**
 * What the video side hands to incident intake: an analytics alert or an abnormal patrol check, with its
 * camera and position. {@code reference} is stable for one alert or check ({@code video-alert:<uuid>},
 * {@code video-check:<id>}) so that the sink can use it as its idempotency key.
 */
public record VideoAlert(String reference, Origin origin, String sourceCode, String externalId, String eventType,
		String cameraCode, String cameraName, double lat, double lng, String gridCode, String stationCode,
		Instant occurredAt, String description) {

	/** Where the alert came from. */
	public enum Origin {
		/** An external video analytics system (signed JSON or CAP). */
		ANALYTICS,
		/** An operator's abnormal video patrol check. */
		PATROL_CHECK
	}
}
