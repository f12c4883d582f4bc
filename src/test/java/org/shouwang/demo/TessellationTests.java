package org.shouwang.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;

/** The tessellation tiles its area exactly, whatever the seed. */
class TessellationTests {

	@Test
	void tilesTheDistrictWithoutGapsOrOverlapsForSeveralSeeds() {
		for (long seed : new long[] { 1, 2, 3 }) {
			Polygon outline = Tessellation.starShape(35.300, 113.850, 0.033, 0.058, 32, new SplittableRandom(seed));
			assertThat(outline.isValid()).isTrue();
			List<Coordinate> seeds = GeographyDemo.STATIONS.stream().map(s -> new Coordinate(s.lng(), s.lat())).toList();
			int[] counts = GeographyDemo.STATIONS.stream().mapToInt(GeographyDemo.Station::grids).toArray();
			List<SplittableRandom> randoms = IntStream.range(0, counts.length).mapToObj(i -> new SplittableRandom(seed * 31 + i)).toList();
			Tessellation.Tiling tiling = Tessellation.tile(outline, seeds, counts, randoms);

			List<Polygon> all = new ArrayList<>();
			tiling.grids().forEach(all::addAll);
			assertThat(all).hasSize(162);
			assertThat(Tessellation.coverageError(tiling.district(), all)).isLessThan(1e-12);
			assertThat(Tessellation.coverageError(tiling.district(), tiling.jurisdictions())).isLessThan(1e-12);
			double sum = all.stream().mapToDouble(Geometry::getArea).sum();
			assertThat(Math.abs(sum - tiling.district().getArea())).isLessThan(1e-12);
			assertThat(Math.abs(tiling.district().getArea() - outline.getArea()) / outline.getArea()).isLessThan(1e-6);
			assertThat(all).allSatisfy(p -> assertThat(p.isValid()).isTrue());
		}
	}
}
