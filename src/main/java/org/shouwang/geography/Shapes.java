package org.shouwang.geography;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Geometry helpers shared by the module and its callers: the geometry factory (WGS84, x = longitude,
 * y = latitude, coordinates kept to 1e-7 degree), WKT conversion and areas in square metres.
 */
public final class Shapes {

	/** Coordinates are kept to 1e-7 degree (about 1 cm). */
	public static final PrecisionModel PRECISION = new PrecisionModel(1e7);

	/** The factory for every geometry of the map. */
	public static final GeometryFactory FACTORY = new GeometryFactory(PRECISION, 4326);

	/** Mean earth radius in metres. */
	private static final double EARTH_RADIUS = 6_371_008.8;

	private static final double METRES_PER_DEGREE = EARTH_RADIUS * Math.PI / 180;

	private Shapes() {
	}

	/** A point at the given latitude and longitude. */
	public static Point point(double lat, double lng) {
		return FACTORY.createPoint(new Coordinate(lng, lat));
	}

	/**
	 * The area of a small WGS84 geometry in square metres, on a local equirectangular projection at its
	 * centre latitude (accurate to well under 0.1 % at the size of a district).
	 */
	public static double areaM2(Geometry geometry) {
		if (geometry.isEmpty()) {
			return 0;
		}
		double lat = geometry.getEnvelopeInternal().centre().y;
		return degreeAreaToM2(geometry.getArea(), lat);
	}

	/** Converts an area in square degrees at the given latitude to square metres. */
	public static double degreeAreaToM2(double squareDegrees, double lat) {
		return squareDegrees * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
	}

	/** Distance in metres between two points (haversine). */
	public static double distanceM(double lat1, double lng1, double lat2, double lng2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLng = Math.toRadians(lng2 - lng1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
		return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	static String toWkt(Geometry geometry) {
		return new WKTWriter().write(geometry);
	}

	static Geometry fromWkt(String wkt) {
		try {
			return new WKTReader(FACTORY).read(wkt);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored geometry is not valid WKT", ex);
		}
	}
}
