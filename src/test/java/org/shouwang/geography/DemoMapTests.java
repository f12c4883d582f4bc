package org.shouwang.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Angle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.shouwang.ShouwangTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo district's map: seven jurisdictions, 162 grids tiling them without gaps or overlaps, the places. */
@ShouwangTest
class DemoMapTests {

	/** Square degrees; 1e-10 deg² is about 1 m² at this latitude. */
	static final double TOLERANCE = 1e-10;

	@Autowired
	Grids grids;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Places places;

	@Test
	void sevenStationJurisdictionsWithTheirNamesAndTypes() {
		Map<String, String> names = jurisdictions.list()
			.stream()
			.collect(Collectors.toMap(Jurisdiction::stationCode, Jurisdiction::stationName));
		assertThat(names).containsExactlyInAnyOrderEntriesOf(Map.of("WB01", "南桥派出所", "WB02", "胜利路派出所", "WB03",
				"健康路派出所", "WB04", "中同街派出所", "WB05", "自由路派出所", "WB06", "铁西派出所", "WB07", "平原镇派出所"));
		assertThat(jurisdictions.list()).allSatisfy(j -> {
			assertThat(j.geometry()).isInstanceOf(Polygon.class);
			assertThat(j.demo()).isTrue();
			assertThat(j.areaType()).isEqualTo(
					j.stationCode().equals("WB06") || j.stationCode().equals("WB07") ? GridType.SUBURBAN : GridType.URBAN);
		});
	}

	@Test
	void districtIsAPlausibleIrregularPolygonInWeibin() {
		Geometry district = jurisdictions.district().orElseThrow().geometry();
		assertThat(district).isInstanceOf(Polygon.class);
		assertThat(district.isValid()).isTrue();
		// Its corners: the other vertices are nodes where grid edges meet the boundary (on a straight line).
		assertThat(corners((Polygon) district)).isBetween(20, 40);
		assertThat(district.getEnvelopeInternal().getMinY()).isGreaterThanOrEqualTo(35.26);
		assertThat(district.getEnvelopeInternal().getMaxY()).isLessThanOrEqualTo(35.34);
		assertThat(district.getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(113.78);
		assertThat(district.getEnvelopeInternal().getMaxX()).isLessThanOrEqualTo(113.92);
		assertThat(district.getArea()).isLessThan(district.getEnvelope().getArea() * 0.95);
	}

	private static int corners(Polygon polygon) {
		Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
		int corners = 0;
		for (int i = 0; i < ring.length - 1; i++) {
			Coordinate prev = ring[(i + ring.length - 2) % (ring.length - 1)];
			Coordinate next = ring[i + 1];
			double turn = Math.abs(Angle.angleBetweenOriented(prev, ring[i], next));
			if (Math.PI - turn > Math.toRadians(0.5)) {
				corners++;
			}
		}
		return corners;
	}

	@Test
	void oneHundredSixtyTwoValidGridsEachWithinItsJurisdiction() {
		List<Grid> list = grids.list();
		assertThat(list).hasSize(162);
		assertThat(list.stream().map(Grid::code).distinct()).hasSize(162);
		assertThat(list.stream().collect(Collectors.groupingBy(Grid::stationCode, Collectors.counting())))
			.containsOnlyKeys("WB01", "WB02", "WB03", "WB04", "WB05", "WB06", "WB07");
		assertThat(grids.find("WB01-001")).hasValueSatisfying(g -> {
			assertThat(g.name()).isEqualTo("南桥-1网格");
			assertThat(g.stationName()).isEqualTo("南桥派出所");
		});
		Map<String, Geometry> areas = jurisdictions.list()
			.stream()
			.collect(Collectors.toMap(Jurisdiction::stationCode, Jurisdiction::geometry));
		for (Grid grid : list) {
			assertThat(grid.geometry()).as(grid.code()).isInstanceOf(Polygon.class);
			assertThat(IsValidOp.isValid(grid.geometry())).as(grid.code()).isTrue();
			assertThat(grid.areaM2()).as(grid.code()).isGreaterThan(10_000);
			Geometry outside = grid.geometry().difference(areas.get(grid.stationCode()));
			assertThat(outside.getArea()).as(grid.code() + " outside its jurisdiction").isLessThan(TOLERANCE);
			assertThat(grid.type()).isEqualTo(
					grid.stationCode().equals("WB06") || grid.stationCode().equals("WB07") ? GridType.SUBURBAN : GridType.URBAN);
		}
	}

	@Test
	void gridsDoNotOverlapPairwise() {
		List<Grid> list = grids.list();
		STRtree tree = new STRtree();
		list.forEach(g -> tree.insert(g.geometry().getEnvelopeInternal(), g));
		int touching = 0;
		for (Grid a : list) {
			for (Object item : tree.query(a.geometry().getEnvelopeInternal())) {
				Grid b = (Grid) item;
				if (a.code().compareTo(b.code()) < 0 && a.geometry().intersects(b.geometry())) {
					touching++;
					assertThat(a.geometry().intersection(b.geometry()).getArea()).as(a.code() + " ∩ " + b.code())
						.isLessThan(TOLERANCE);
				}
			}
		}
		assertThat(touching).as("neighbouring pairs").isGreaterThan(162);
	}

	@Test
	void gridsCoverTheDistrictWithoutGaps() {
		Geometry district = jurisdictions.district().orElseThrow().geometry();
		List<Geometry> polygons = new ArrayList<>(grids.list().stream().map(Grid::geometry).toList());
		Geometry union = CascadedPolygonUnion.union(polygons);
		assertThat(district.difference(union).getArea()).as("gaps").isLessThan(TOLERANCE);
		assertThat(union.difference(district).getArea()).as("outside the district").isLessThan(TOLERANCE);
		double sum = polygons.stream().mapToDouble(Geometry::getArea).sum();
		assertThat(Math.abs(sum - district.getArea())).as("sum of areas vs district").isLessThan(TOLERANCE);
	}

	@Test
	void placesOfEveryKindInsideTheDistrict() {
		Map<PlaceKind, Long> counts = places.counts();
		assertThat(counts.get(PlaceKind.KEY_PLACE)).isEqualTo(12);
		assertThat(counts.get(PlaceKind.SCHOOL) + counts.get(PlaceKind.KINDERGARTEN)).isGreaterThanOrEqualTo(86);
		assertThat(counts.get(PlaceKind.SCHOOL)).isPositive();
		assertThat(counts.get(PlaceKind.KINDERGARTEN)).isPositive();
		assertThat(counts.get(PlaceKind.HOSPITAL)).isEqualTo(8);
		assertThat(counts.get(PlaceKind.BANK_OUTLET)).isBetween(35L, 45L);
		assertThat(places.ofKind(PlaceKind.KEY_PLACE)).extracting(Place::name)
			.contains("平原路核心商圈", "胖东来生活广场", "东方文化商业步行街", "火车站广场");
		assertThat(places.list()).allSatisfy(p -> {
			assertThat(p.gridCode()).as(p.name()).isNotNull();
			assertThat(p.stationCode()).as(p.name()).isEqualTo(p.gridCode().substring(0, 4));
			assertThat(grids.find(p.gridCode()).orElseThrow().geometry().covers(Shapes.point(p.lat(), p.lng()))).isTrue();
		});
		assertThat(places.list().stream().map(Place::name).distinct().count()).isEqualTo(places.list().size());
	}
}
