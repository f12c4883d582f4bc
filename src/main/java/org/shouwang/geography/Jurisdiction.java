package org.shouwang.geography;

import org.locationtech.jts.geom.Geometry;

/**
 * A police station's jurisdiction (辖区). It carries the station's code and name itself, so geography
 * needs nothing from the organisation module; {@code areaType} is the default type of its grids.
 */
public record Jurisdiction(String stationCode, String stationName, GridType areaType, Geometry geometry, double areaM2,
		boolean demo) {
}
