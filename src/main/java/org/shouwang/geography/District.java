package org.shouwang.geography;

import org.locationtech.jts.geom.Geometry;

/** The branch's whole district (e.g. 卫滨区) as one boundary polygon. */
public record District(String name, Geometry geometry, boolean demo) {
}
