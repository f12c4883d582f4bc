package org.shouwang.command.video;

/** Great-circle distances on the WGS84 mean sphere, and the degree boxes that contain a radius. */
final class Distances {

	static final double EARTH_RADIUS_M = 6_371_008.8;

	private Distances() {
	}

	static double meters(double lat1, double lng1, double lat2, double lng2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lng2 - lng1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Degrees of latitude that span {@code meters} (slightly more, so a box query never misses). */
	static double latDegrees(double meters) {
		return Math.toDegrees(meters / EARTH_RADIUS_M) * 1.01;
	}

	/** Degrees of longitude that span {@code meters} at this latitude (slightly more). */
	static double lngDegrees(double meters, double lat) {
		double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.abs(lat) + latDegrees(meters))));
		return latDegrees(meters) / cos;
	}
}
