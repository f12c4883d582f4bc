package org.shouwang.geography;

import org.locationtech.jts.geom.Geometry;

/**
 * A grid to be stored by {@link Grids#replaceAll}: {@code type} may be null (the jurisdiction's area type
 * is used); the geometry must be a valid Polygon or MultiPolygon.
 */
public record NewGrid(String code, String name, String stationCode, GridType type, Geometry geometry, boolean active,
		boolean demo) {
}
