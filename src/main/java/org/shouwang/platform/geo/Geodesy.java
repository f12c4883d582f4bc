package org.shouwang.platform.geo;

/**
 * Distances on the WGS84 mean sphere (haversine) and the latitude/longitude boxes that contain a radius, for
 * the index queries of every module ({@code lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?}, then the exact distance).
 */
public final class Geodesy {

	/** Mean earth radius (IUGG), metres. */
	public static final double EARTH_RADIUS_M = 6_371_008.8;

	/** Metres in one degree of latitude (and of longitude at the equator). */
	public static final double METERS_PER_DEGREE = EARTH_RADIUS_M * Math.PI / 180;

	private Geodesy() {
	}

	/** Great-circle distance in metres between two WGS84 positions in decimal degrees. */
	public static double meters(double lat1, double lng1, double lat2, double lng2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lng2 - lng1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Degrees of latitude that span {@code meters} (slightly more, so that a box query never misses). */
	public static double latDegrees(double meters) {
		return Math.toDegrees(meters / EARTH_RADIUS_M) * 1.01;
	}

	/** Degrees of longitude that span {@code meters} at this latitude (slightly more). */
	public static double lngDegrees(double meters, double lat) {
		double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.abs(lat) + latDegrees(meters))));
		return latDegrees(meters) / cos;
	}

	/** The box around a centre that contains every point within {@code meters} of it. */
	public static Box box(double lat, double lng, double meters) {
		double dLat = latDegrees(meters);
		double dLng = lngDegrees(meters, lat);
		return new Box(lat - dLat, lat + dLat, lng - dLng, lng + dLng);
	}

	/** A latitude/longitude box: {@code minLat ≤ lat ≤ maxLat}, {@code minLng ≤ lng ≤ maxLng}. */
	public record Box(double minLat, double maxLat, double minLng, double maxLng) {

		public boolean contains(double lat, double lng) {
			return lat >= minLat && lat <= maxLat && lng >= minLng && lng <= maxLng;
		}
	}
}
