package org.shouwang.prevention.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import org.springframework.stereotype.Component;

/** H3 hexagon bins (com.uber:h3): cells of points, the cells covering an area, neighbourhoods in rings. */
@Component
public class HexBins {

	private final H3Core h3;

	public HexBins() {
		try {
			this.h3 = H3Core.newInstance();
		}
		catch (IOException e) {
			throw new UncheckedIOException("H3's native library does not load", e);
		}
	}

	public long cell(double lat, double lng, int resolution) {
		return h3.latLngToCell(lat, lng, resolution);
	}

	public String address(long cell) {
		return h3.h3ToString(cell);
	}

	public long cell(String address) {
		return h3.stringToH3(address);
	}

	public int resolution(long cell) {
		return h3.getResolution(cell);
	}

	public boolean valid(String address) {
		try {
			return address != null && h3.isValidCell(address);
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	public double[] centre(long cell) {
		LatLng c = h3.cellToLatLng(cell);
		return new double[] { c.lat, c.lng };
	}

	/** The boundary as [lat, lng] pairs. */
	public List<double[]> boundary(long cell) {
		return h3.cellToBoundary(cell).stream().map(p -> new double[] { round(p.lat), round(p.lng) }).toList();
	}

	/** The cells whose centres lie in the area (each polygon of a multi-polygon). */
	public Set<Long> covering(Geometry area, int resolution) {
		Set<Long> cells = new LinkedHashSet<>();
		for (int g = 0; g < area.getNumGeometries(); g++) {
			if (!(area.getGeometryN(g) instanceof Polygon polygon)) {
				continue;
			}
			List<List<LatLng>> holes = new ArrayList<>();
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				holes.add(ring(polygon.getInteriorRingN(h).getCoordinates()));
			}
			cells.addAll(h3.polygonToCells(ring(polygon.getExteriorRing().getCoordinates()), holes, resolution));
		}
		return cells;
	}

	/**
	 * For each cell of {@code cells}, the indices (into {@code cells}) of the cells within {@code rings} rings,
	 * itself included: the binary weights of Gi*.
	 */
	public int[][] neighbourhoods(List<Long> cells, int rings) {
		Map<Long, Integer> index = new HashMap<>(cells.size() * 2);
		for (int i = 0; i < cells.size(); i++) {
			index.put(cells.get(i), i);
		}
		int[][] neighbours = new int[cells.size()][];
		for (int i = 0; i < cells.size(); i++) {
			neighbours[i] = h3.gridDisk(cells.get(i), rings).stream().map(index::get).filter(j -> j != null)
				.mapToInt(Integer::intValue).toArray();
		}
		return neighbours;
	}

	private static List<LatLng> ring(Coordinate[] coordinates) {
		List<LatLng> ring = new ArrayList<>(coordinates.length);
		for (Coordinate c : coordinates) {
			ring.add(new LatLng(c.y, c.x));
		}
		return ring;
	}

	private static double round(double v) {
		return Math.round(v * 1e6) / 1e6;
	}
}
