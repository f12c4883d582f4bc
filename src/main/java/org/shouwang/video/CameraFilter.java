package org.shouwang.video;

/** Filters of the camera list; null or blank means any. {@code q} matches code, name or owner. */
public record CameraFilter(String stationCode, CameraSource source, CameraStatus status, String q) {

	public static final CameraFilter ANY = new CameraFilter(null, null, null, null);

	public boolean isEmpty() {
		return blank(stationCode) && source == null && status == null && blank(q);
	}

	public static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
