package org.shouwang.geography;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.shouwang.platform.geo.Geodesy;

/**
 * Geometry helpers shared by the module and its callers: the geometry factory (WGS84, x = longitude,
 * y = latitude, coordinates kept to 1e-7 degree), WKT conversion and areas in square metres. Distances are
 * {@link Geodesy}'s.
 */
public final class Shapes {

	/** Coordinates are kept to 1e-7 degree (about 1 cm). */
	public static final PrecisionModel PRECISION = new PrecisionModel(1e7);

	/** The factory for every geometry of the map. */
	public static final GeometryFactory FACTORY = new GeometryFactory(PRECISION, 4326);

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
		return squareDegrees * Geodesy.METERS_PER_DEGREE * Geodesy.METERS_PER_DEGREE * Math.cos(Math.toRadians(lat));
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
