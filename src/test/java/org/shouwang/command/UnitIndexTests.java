package org.shouwang.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The bucket index gives exactly what a brute-force scan gives, also with mixed speeds and capabilities. */
class UnitIndexTests {

	/** Seconds per metre by kind: a car (30 km/h), a foot patrol (5 km/h), a motorcycle (28 km/h). */
	static final double[] SPM = { 3.6 / 30, 3.6 / 5, 3.6 / 28 };

	static final UnitIndex.Cost COST = (unit, d) -> d * SPM[unit.kind()];

	@Test
	void nearestMatchesABruteForceScanOnTenThousandUnits() {
		SplittableRandom random = new SplittableRandom(42);
		UnitIndex index = new UnitIndex(300, 35.3);
		List<UnitIndex.Unit> all = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			UnitIndex.Unit unit = new UnitIndex.Unit(i, 35.25 + random.nextDouble() * 0.1, 113.78 + random.nextDouble() * 0.14,
					random.nextInt(3), random.nextInt(8) == 0 ? 0b101 : 0b001);
			all.add(unit);
			index.put(unit);
		}
		assertThat(index.size()).isEqualTo(10_000);
		for (int q = 0; q < 300; q++) {
			double lat = 35.24 + random.nextDouble() * 0.12;
			double lng = 113.77 + random.nextDouble() * 0.16;
			long required = q % 3 == 0 ? 0b100 : 0;
			int limit = 1 + random.nextInt(10);
			List<Long> expected = scan(all, lat, lng, limit, required);
			List<UnitIndex.Hit> hits = index.nearest(lat, lng, limit, required, COST, SPM[0]);
			assertThat(hits.stream().map(h -> h.unit().id()).toList()).isEqualTo(expected);
			for (int i = 1; i < hits.size(); i++) {
				assertThat(hits.get(i).seconds()).isGreaterThanOrEqualTo(hits.get(i - 1).seconds());
			}
		}
	}

	@Test
	void anAdaptiveIndexSizesItsCellsFromTheUnitsItHoldsAndStaysExact() {
		SplittableRandom random = new SplittableRandom(7);
		UnitIndex index = UnitIndex.adaptive(35.3);
		List<UnitIndex.Unit> all = new ArrayList<>();
		// 90 units (the demo district) in about 9 km × 13 km: cells of roughly a kilometre.
		for (int i = 0; i < 90; i++) {
			UnitIndex.Unit unit = new UnitIndex.Unit(i, 35.26 + random.nextDouble() * 0.08, 113.78 + random.nextDouble() * 0.14,
					random.nextInt(3), 0b001);
			all.add(unit);
			index.put(unit);
		}
		assertThat(index.cellMeters()).isBetween(800.0, 1_600.0);
		// 10,000 units in the same box: cells of about a hundred metres.
		for (int i = 90; i < 10_000; i++) {
			UnitIndex.Unit unit = new UnitIndex.Unit(i, 35.26 + random.nextDouble() * 0.08, 113.78 + random.nextDouble() * 0.14,
					random.nextInt(3), random.nextInt(8) == 0 ? 0b101 : 0b001);
			all.add(unit);
			index.put(unit);
		}
		assertThat(index.cellMeters()).isBetween(80.0, 160.0);
		assertNearestLikeAScan(index, all, random);
		// Most stand down: the cells grow again, answers stay exact.
		for (int i = 0; i < 9_800; i++) {
			assertThat(index.remove(all.get(i).id())).isTrue();
		}
		List<UnitIndex.Unit> left = all.subList(9_800, 10_000);
		assertThat(index.size()).isEqualTo(200);
		assertThat(index.cellMeters()).isBetween(500.0, 1_200.0);
		assertNearestLikeAScan(index, left, random);
	}

	private static void assertNearestLikeAScan(UnitIndex index, List<UnitIndex.Unit> all, SplittableRandom random) {
		for (int q = 0; q < 200; q++) {
			double lat = 35.24 + random.nextDouble() * 0.12;
			double lng = 113.77 + random.nextDouble() * 0.16;
			long required = q % 3 == 0 ? 0b100 : 0;
			int limit = 1 + random.nextInt(10);
			assertThat(index.nearest(lat, lng, limit, required, COST, SPM[0]).stream().map(h -> h.unit().id()).toList())
				.isEqualTo(scan(all, lat, lng, limit, required));
		}
	}

	@Test
	void aFastUnitFurtherAwayBeatsASlowOneNearby() {
		UnitIndex index = new UnitIndex(200, 35.3);
		index.put(new UnitIndex.Unit(1, 35.3006, 113.85, 1, 0)); // foot patrol ~67 m away: 48 s
		index.put(new UnitIndex.Unit(2, 35.3030, 113.85, 0, 0)); // car ~334 m away: 40 s
		index.put(new UnitIndex.Unit(3, 35.3020, 113.85, 0, 0)); // car ~222 m away: 27 s
		List<UnitIndex.Hit> hits = index.nearest(35.30, 113.85, 3, 0, COST, SPM[0]);
		assertThat(hits.stream().map(h -> h.unit().id())).containsExactly(3L, 2L, 1L);
		assertThat(hits.get(0).distanceMeters()).isCloseTo(222.4, within(1.0));
	}

	@Test
	void movedAndRemovedUnitsAreFoundWhereTheyAre() {
		UnitIndex index = new UnitIndex(500, 35.3);
		index.put(new UnitIndex.Unit(1, 35.30, 113.85, 0, 0));
		index.put(new UnitIndex.Unit(2, 35.40, 113.95, 0, 0));
		index.put(new UnitIndex.Unit(1, 35.50, 114.05, 0, 0)); // moved far away
		assertThat(index.size()).isEqualTo(2);
		assertThat(index.nearest(35.30, 113.85, 1, 0, COST, SPM[0]).get(0).unit().id()).isEqualTo(2L);
		assertThat(index.remove(2)).isTrue();
		assertThat(index.remove(2)).isFalse();
		assertThat(index.nearest(35.30, 113.85, 5, 0, COST, SPM[0])).extracting(h -> h.unit().id()).containsExactly(1L);
		assertThat(index.nearest(35.30, 113.85, 5, 0b1, COST, SPM[0])).isEmpty();
		index.clear();
		assertThat(index.nearest(35.30, 113.85, 5, 0, COST, SPM[0])).isEmpty();
	}

	@Test
	void distancesAreGreatCircle() {
		// One degree of latitude is about 111.2 km.
		assertThat(org.shouwang.platform.geo.Geodesy.meters(35, 113, 36, 113)).isCloseTo(111_195, within(50.0));
		assertThat(org.shouwang.platform.geo.Geodesy.meters(35.3, 113.85, 35.3, 113.85)).isZero();
	}

	private static List<Long> scan(List<UnitIndex.Unit> all, double lat, double lng, int limit, long required) {
		record Scored(long id, double seconds, double distance) {
		}
		return all.stream()
			.filter(u -> (u.capabilities() & required) == required)
			.map(u -> {
				double d = org.shouwang.platform.geo.Geodesy.meters(lat, lng, u.lat(), u.lng());
				return new Scored(u.id(), COST.seconds(u, d), d);
			})
			.sorted(Comparator.comparingDouble(Scored::seconds).thenComparingDouble(Scored::distance).thenComparingLong(Scored::id))
			.limit(limit)
			.map(Scored::id)
			.toList();
	}
}
