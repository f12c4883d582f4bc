package org.shouwang.video;

import java.util.UUID;

/**
 * What a client sends to register or change a camera. {@code code} is ignored on update (the path names
 * the camera); {@code status} defaults to ONLINE and {@code active} to true.
 */
public record CameraInput(String code, String name, CameraSource source, Double lat, Double lng, Integer direction,
		CameraStatus status, String owner, UUID placeId, Boolean active) {
}
