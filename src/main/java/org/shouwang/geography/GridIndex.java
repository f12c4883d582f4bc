package org.shouwang.geography;

import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable STRtree over the prepared polygons of the active grids. A point on a shared edge belongs
 * to the grid with the smallest code, so the answer never depends on the tree's order.
 */
final class GridIndex {

	static final GridIndex EMPTY = new GridIndex(List.of());

	private final STRtree tree = new STRtree();

	private final int size;

	GridIndex(Collection<Grid> grids) {
		int count = 0;
		for (Grid grid : grids) {
			if (grid.active()) {
				Entry entry = new Entry(grid.code(), grid.type(), grid.stationCode(),
						PreparedGeometryFactory.prepare(grid.geometry()));
				tree.insert(grid.geometry().getEnvelopeInternal(), entry);
				count++;
			}
		}
		tree.build();
		this.size = count;
	}

	Location locate(double lat, double lng) {
		Point point = Shapes.point(lat, lng);
		Entry best = null;
		for (Object item : tree.query(point.getEnvelopeInternal())) {
			Entry entry = (Entry) item;
			if (entry.geometry().covers(point) && (best == null || entry.code().compareTo(best.code()) < 0)) {
				best = entry;
			}
		}
		return best == null ? Location.OUTSIDE : new Location(best.code(), best.type(), best.stationCode());
	}

	int size() {
		return size;
	}

	private record Entry(String code, GridType type, String stationCode, PreparedGeometry geometry) {
	}
}
