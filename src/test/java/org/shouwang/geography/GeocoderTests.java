package org.shouwang.geography;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The geocoder on the demo district's grids. */
@ShouwangTest
class GeocoderTests {

	@Autowired
	Geocoder geocoder;

	@Autowired
	Grids grids;

	@Test
	void everyGridsInteriorPointReturnsThatGridAndItsStation() {
		List<Grid> list = grids.list();
		assertThat(geocoder.gridCount()).isEqualTo(list.size()).isEqualTo(162);
		for (Grid grid : list) {
			Point inside = grid.geometry().getInteriorPoint();
			assertThat(geocoder.locate(inside.getY(), inside.getX()))
				.as(grid.code())
				.isEqualTo(new Location(grid.code(), grid.type(), grid.stationCode()));
		}
	}

	@Test
	void aPointInsideAKnownGrid() {
		Grid grid = grids.find("WB03-005").orElseThrow();
		Point centre = grid.geometry().getCentroid();
		Coordinate at = grid.geometry().contains(centre) ? centre.getCoordinate() : grid.geometry().getInteriorPoint().getCoordinate();
		Location location = geocoder.locate(at.y, at.x);
		assertThat(location.gridCode()).isEqualTo("WB03-005");
		assertThat(location.stationCode()).isEqualTo("WB03");
		assertThat(location.gridType()).isEqualTo(GridType.URBAN);
		assertThat(location.inside()).isTrue();
	}

	@Test
	void aPointOutsideTheDistrictReturnsNulls() {
		assertThat(geocoder.locate(35.20, 113.70)).isEqualTo(Location.OUTSIDE);
		assertThat(geocoder.locate(39.9, 116.4)).isEqualTo(new Location(null, null, null));
		assertThat(geocoder.locate(35.20, 113.70).inside()).isFalse();
	}

	@Test
	void pointsOnSharedVerticesAndEdgesAreDeterministic() {
		List<Grid> list = grids.list();
		Grid first = list.get(0);
		List<Coordinate> probes = new ArrayList<>();
		for (Coordinate c : first.geometry().getCoordinates()) {
			probes.add(c);
		}
		Coordinate[] ring = first.geometry().getCoordinates();
		probes.add(new Coordinate((ring[0].x + ring[1].x) / 2, (ring[0].y + ring[1].y) / 2));
		for (Coordinate c : probes) {
			Point p = Shapes.FACTORY.createPoint(c);
			String expected = list.stream()
				.filter(g -> g.geometry().covers(p))
				.map(Grid::code)
				.sorted()
				.findFirst()
				.orElse(null);
			Location once = geocoder.locate(c.y, c.x);
			assertThat(once.gridCode()).as(c.toString()).isEqualTo(expected);
			assertThat(geocoder.locate(c.y, c.x)).isEqualTo(once);
		}
	}

	@Test
	void coordinatesOutOfRangeAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> geocoder.locate(91, 113.8));
		assertThatIllegalArgumentException().isThrownBy(() -> geocoder.locate(35.3, -181));
		assertThatIllegalArgumentException().isThrownBy(() -> geocoder.locate(Double.NaN, 113.8));
	}
}
