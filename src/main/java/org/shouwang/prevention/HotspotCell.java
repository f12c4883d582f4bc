package org.shouwang.prevention;

import java.util.List;

/**
 * One H3 hexagon bin of an analysis: its address, centre, boundary ([lat, lng] pairs), incident count, Gi* z-score,
 * pseudo p-value and confidence bin (3/2/1 hot at 99/95/90 %, −3/−2/−1 cold, 0 not significant).
 */
public record HotspotCell(String cell, double lat, double lng, List<double[]> boundary, int count, double z, double p,
		int bin) {
}
