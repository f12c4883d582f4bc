package org.shouwang.video;

import java.time.Instant;
import java.util.UUID;

/**
 * A camera of the registry. Grid and station come from the geocoder (null outside the district);
 * {@code direction} is the compass bearing it looks at (0–359, null when unknown or a dome camera);
 * {@code placeId} links it to a place of the map (a key place, a school) when it watches one.
 */
public record Camera(String code, String name, CameraSource source, double lat, double lng, String gridCode,
		String stationCode, Integer direction, CameraStatus status, Instant statusChangedAt, String owner,
		UUID placeId, boolean active, boolean demo) {
}
