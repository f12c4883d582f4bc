package org.shouwang.video;

import java.time.Instant;

/**
 * An analytics alert was accepted, or an operator recorded an abnormal patrol check: something on a camera
 * needs an incident (channel VIDEO_ALERT). Published in the transaction that stores the alert or check, on the
 * JDBC event publication registry; the command centre consumes it and opens exactly one incident per
 * {@code reference} ({@code video-alert:<uuid>}, {@code video-check:<id>}), then links it back through
 * {@link VideoIncidentLinks#link}. {@code receivedAt} is when Shouwang stored it ({@code occurredAt} is the
 * source's clock and may lie slightly ahead of ours).
 */
public record VideoAlertRaised(String reference, Origin origin, String sourceCode, String externalId,
		String eventType, String cameraCode, String cameraName, double lat, double lng, String gridCode,
		String stationCode, Instant occurredAt, Instant receivedAt, String summary) {

	/** Where the alert came from. */
	public enum Origin {
		/** An external video analytics system (signed JSON or CAP). */
		ANALYTICS,
		/** An operator's abnormal video patrol check. */
		PATROL_CHECK
	}

	/** The event of an abnormal patrol check of this camera. */
	public static VideoAlertRaised ofCheck(PatrolCheck check, Camera camera) {
		return new VideoAlertRaised(checkReference(check.id()), Origin.PATROL_CHECK, null, null, "patrol_abnormal",
				camera.code(), camera.name(), camera.lat(), camera.lng(), camera.gridCode(), camera.stationCode(),
				check.checkedAt(), check.checkedAt(), check.note());
	}

	/** The reference of a stored analytics alert. */
	public static String alertReference(java.util.UUID alertId) {
		return "video-alert:" + alertId;
	}

	/** The reference of a stored patrol check. */
	public static String checkReference(long checkId) {
		return "video-check:" + checkId;
	}
}
