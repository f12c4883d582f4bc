package org.shouwang.geography;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;

/** The index alone: point-in-grid, edges and corners deterministic, inactive grids ignored. */
class GridIndexTests {

	private static Geometry square(double minLng, double minLat, double size) {
		return Shapes.FACTORY.toGeometry(new Envelope(minLng, minLng + size, minLat, minLat + size));
	}

	private static Grid grid(String code, Geometry geometry, boolean active) {
		return new Grid(code, code, "S1", "Station", GridType.URBAN, geometry, Shapes.areaM2(geometry), active, false);
	}

	@Test
	void findsTheGridThatCoversAPoint() {
		GridIndex index = new GridIndex(List.of(grid("B", square(113.0, 35.0, 0.01), true),
				grid("A", square(113.01, 35.0, 0.01), true)));
		assertThat(index.size()).isEqualTo(2);
		assertThat(index.locate(35.005, 113.005)).isEqualTo(new Location("B", GridType.URBAN, "S1"));
		assertThat(index.locate(35.005, 113.015).gridCode()).isEqualTo("A");
		assertThat(index.locate(35.5, 113.005)).isEqualTo(Location.OUTSIDE);
	}

	@Test
	void aPointOnASharedEdgeBelongsToTheSmallerCodeWhateverTheOrder() {
		Grid b = grid("B", square(113.0, 35.0, 0.01), true);
		Grid a = grid("A", square(113.01, 35.0, 0.01), true);
		assertThat(new GridIndex(List.of(b, a)).locate(35.005, 113.01).gridCode()).isEqualTo("A");
		assertThat(new GridIndex(List.of(a, b)).locate(35.005, 113.01).gridCode()).isEqualTo("A");
		// the outer edge still counts as inside
		assertThat(new GridIndex(List.of(a, b)).locate(35.005, 113.0).gridCode()).isEqualTo("B");
	}

	@Test
	void inactiveGridsAreNotLocated() {
		GridIndex index = new GridIndex(List.of(grid("B", square(113.0, 35.0, 0.01), false)));
		assertThat(index.size()).isZero();
		assertThat(index.locate(35.005, 113.005)).isEqualTo(Location.OUTSIDE);
	}
}
