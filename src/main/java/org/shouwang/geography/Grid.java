package org.shouwang.geography;

import org.locationtech.jts.geom.Geometry;

/**
 * A grid (网格): the smallest policing area, a polygon within a station's jurisdiction.
 *
 * @param geometry Polygon or MultiPolygon in WGS84, x = longitude, y = latitude
 * @param areaM2   area in square metres
 */
public record Grid(String code, String name, String stationCode, String stationName, GridType type, Geometry geometry,
		double areaM2, boolean active, boolean demo) {
}
