package org.shouwang.command;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.shouwang.organization.DutyUnitKind;

/**
 * Recommendation: the 5 AVAILABLE units of 10,000 that reach a random incident point in the district
 * soonest, by the module's travel-time estimate ({@link StraightLineTravelTimes} with its default speeds
 * and detour factor). Three ways, measured in one run: Shouwang's {@link UnitIndex} (queried exactly as
 * {@link UnitBoard#nearest} queries it), a brute-force scan that computes every available unit's ETA and
 * keeps the best 5, and a JTS {@link STRtree} k-nearest-neighbour search over the available units with
 * the ETA as item distance. A fourth run measures the same index configured with cells of about the
 * units' mean spacing (the index's own advice; the shipped default of 500 m suits the district's ~90 real
 * units). The setup checks that all variants give the same units in the same order for every query point.
 *
 * <p>It lives in the command package (in bench/, not in the module's sources) only to construct the
 * package-private {@link StraightLineTravelTimes} and {@link CommandProperties} without changing them.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.SampleTime, Mode.AverageTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class RecommendationBenchmark {

	static final int UNITS = 10_000;

	static final double AVAILABLE_SHARE = 0.8;

	static final int K = 5;

	/** Cell side for 8,000 available units in the 113 km² box: about their mean spacing, √(113 km² / 8,000). */
	static final double DENSE_CELL_METERS = 120;

	static final double LAT_MIN = 35.26, LAT_MAX = 35.34, LNG_MIN = 113.78, LNG_MAX = 113.92;

	/** Shares of the unit kinds (patrol cars, foot patrols, motorcycles, plainclothes, special response). */
	static final double[] KIND_SHARES = { 0.45, 0.25, 0.15, 0.10, 0.05 };

	private static final int QUERIES = 4096;

	private static final DutyUnitKind[] KINDS = DutyUnitKind.values();

	private TravelTimeEstimator travelTimes;

	private double minSecondsPerMeter;

	private UnitIndex index;

	/** The same index with cells of about the mean distance between available units (its Javadoc's advice). */
	private UnitIndex denseIndex;

	// all units, for the brute-force scan
	private double[] lat;

	private double[] lng;

	private int[] kind;

	private boolean[] available;

	private STRtree tree;

	/** Tree coordinates: local metres scaled so that a planar distance never exceeds the great-circle one. */
	private double treeScaleX;

	private double treeScaleY;

	private double[] queryLat;

	private double[] queryLng;

	private int next;

	@Setup(Level.Trial)
	public void setUp() {
		CommandProperties properties = new CommandProperties(null, null, null, null, null, null, null);
		travelTimes = new StraightLineTravelTimes(properties);
		minSecondsPerMeter = travelTimes.minSecondsPerMeter();
		// As UnitBoard builds it with the default configuration: cells sized from the units' density.
		index = properties.unitIndex().cellMeters() == null ? UnitIndex.adaptive(properties.unitIndex().referenceLat())
				: new UnitIndex(properties.unitIndex().cellMeters(), properties.unitIndex().referenceLat());
		denseIndex = new UnitIndex(DENSE_CELL_METERS, properties.unitIndex().referenceLat());
		Random random = new Random(20251129L);
		lat = new double[UNITS];
		lng = new double[UNITS];
		kind = new int[UNITS];
		available = new boolean[UNITS];
		double metersPerDeg = UnitIndex.EARTH_RADIUS_M * Math.PI / 180;
		// 0.99: in the 9 km × 13 km district the planar distance differs from the great circle by < 0.1 %.
		treeScaleY = metersPerDeg * 0.99;
		treeScaleX = metersPerDeg * Math.cos(Math.toRadians(LAT_MAX)) * 0.99;
		tree = new STRtree();
		for (int i = 0; i < UNITS; i++) {
			lat[i] = LAT_MIN + random.nextDouble() * (LAT_MAX - LAT_MIN);
			lng[i] = LNG_MIN + random.nextDouble() * (LNG_MAX - LNG_MIN);
			kind[i] = pickKind(random.nextDouble());
			available[i] = random.nextDouble() < AVAILABLE_SHARE;
			if (available[i]) {
				UnitIndex.Unit unit = new UnitIndex.Unit(i, lat[i], lng[i], kind[i], 0L);
				index.put(unit);
				denseIndex.put(unit);
				double x = lng[i] * treeScaleX;
				double y = lat[i] * treeScaleY;
				tree.insert(new Envelope(x, x, y, y), unit);
			}
		}
		tree.build();
		queryLat = new double[QUERIES];
		queryLng = new double[QUERIES];
		for (int q = 0; q < QUERIES; q++) {
			queryLat[q] = LAT_MIN + random.nextDouble() * (LAT_MAX - LAT_MIN);
			queryLng[q] = LNG_MIN + random.nextDouble() * (LNG_MAX - LNG_MIN);
		}
		checkAllAgree();
	}

	private static int pickKind(double u) {
		double sum = 0;
		for (int k = 0; k < KIND_SHARES.length; k++) {
			sum += KIND_SHARES[k];
			if (u < sum) {
				return k;
			}
		}
		return 0;
	}

	/** Every variant must name the same five units, in the same order, for every query point. */
	private void checkAllAgree() {
		for (int q = 0; q < QUERIES; q++) {
			long[] a = ids(queryIndex(index, queryLat[q], queryLng[q]));
			long[] b = bruteForce(queryLat[q], queryLng[q]);
			long[] c = ids(queryTree(queryLat[q], queryLng[q]));
			long[] d = ids(queryIndex(denseIndex, queryLat[q], queryLng[q]));
			if (!Arrays.equals(a, b) || !Arrays.equals(a, c) || !Arrays.equals(a, d)) {
				throw new IllegalStateException("variants disagree at query " + q + ": index " + Arrays.toString(a)
						+ ", brute force " + Arrays.toString(b) + ", STRtree " + Arrays.toString(c) + ", dense index "
						+ Arrays.toString(d));
			}
		}
	}

	private static long[] ids(List<UnitIndex.Hit> hits) {
		return hits.stream().mapToLong(h -> h.unit().id()).toArray();
	}

	private static long[] ids(Object[] units) {
		return Arrays.stream(units).mapToLong(u -> ((UnitIndex.Unit) u).id()).toArray();
	}

	// ---- the three variants

	/** As UnitBoard.nearest: the index with the estimator as cost function and its lower bound. */
	List<UnitIndex.Hit> queryIndex(UnitIndex index, double qLat, double qLng) {
		return index.nearest(qLat, qLng, K, 0L,
				(unit, distance) -> travelTimes.etaSeconds(KINDS[unit.kind()], unit.lat(), unit.lng(), qLat, qLng, distance),
				minSecondsPerMeter);
	}

	/** Every unit: skip the unavailable, compute the ETA of the others, keep the best K (insertion into a sorted array). */
	long[] bruteForce(double qLat, double qLng) {
		double[] bestSeconds = new double[K];
		double[] bestDistance = new double[K];
		long[] bestId = new long[K];
		int size = 0;
		for (int i = 0; i < UNITS; i++) {
			if (!available[i]) {
				continue;
			}
			double d = org.shouwang.platform.geo.Geodesy.meters(qLat, qLng, lat[i], lng[i]);
			double s = travelTimes.etaSeconds(KINDS[kind[i]], lat[i], lng[i], qLat, qLng, d);
			if (size == K && !better(s, d, i, bestSeconds[K - 1], bestDistance[K - 1], bestId[K - 1])) {
				continue;
			}
			int at = size < K ? size++ : K - 1;
			while (at > 0 && better(s, d, i, bestSeconds[at - 1], bestDistance[at - 1], bestId[at - 1])) {
				bestSeconds[at] = bestSeconds[at - 1];
				bestDistance[at] = bestDistance[at - 1];
				bestId[at] = bestId[at - 1];
				at--;
			}
			bestSeconds[at] = s;
			bestDistance[at] = d;
			bestId[at] = i;
		}
		return size == K ? bestId : Arrays.copyOf(bestId, size);
	}

	/** Same order as the index: time, then distance, then id. */
	private static boolean better(double s, double d, long id, double s2, double d2, long id2) {
		return s < s2 || (s == s2 && (d < d2 || (d == d2 && id < id2)));
	}

	/**
	 * JTS k nearest by an item distance of ETA ÷ (fastest seconds per metre), in metres: never less than
	 * the planar envelope distance (tree coordinates are scaled down), so the branch-and-bound stays exact.
	 * The result comes back unsorted and is sorted by the same order as the others.
	 */
	Object[] queryTree(double qLat, double qLng) {
		double x = qLng * treeScaleX;
		double y = qLat * treeScaleY;
		Object[] found = tree.nearestNeighbour(new Envelope(x, x, y, y), QUERY, new EtaDistance(qLat, qLng), K);
		Arrays.sort(found, (p, q) -> {
			UnitIndex.Unit u = (UnitIndex.Unit) p;
			UnitIndex.Unit v = (UnitIndex.Unit) q;
			double du = org.shouwang.platform.geo.Geodesy.meters(qLat, qLng, u.lat(), u.lng());
			double dv = org.shouwang.platform.geo.Geodesy.meters(qLat, qLng, v.lat(), v.lng());
			double su = eta(u, qLat, qLng, du);
			double sv = eta(v, qLat, qLng, dv);
			return better(su, du, u.id(), sv, dv, v.id()) ? -1 : better(sv, dv, v.id(), su, du, u.id()) ? 1 : 0;
		});
		return found;
	}

	private double eta(UnitIndex.Unit unit, double qLat, double qLng, double distance) {
		return travelTimes.etaSeconds(KINDS[unit.kind()], unit.lat(), unit.lng(), qLat, qLng, distance);
	}

	private static final Object QUERY = new Object();

	/** Item distance for the tree: ETA expressed as metres at the fastest speed (ties broken by id). */
	private final class EtaDistance implements ItemDistance {

		private final double qLat;

		private final double qLng;

		EtaDistance(double qLat, double qLng) {
			this.qLat = qLat;
			this.qLng = qLng;
		}

		@Override
		public double distance(ItemBoundable a, ItemBoundable b) {
			Object item = a.getItem() == QUERY ? b.getItem() : a.getItem();
			if (item == QUERY) {
				return 0;
			}
			UnitIndex.Unit unit = (UnitIndex.Unit) item;
			double d = org.shouwang.platform.geo.Geodesy.meters(qLat, qLng, unit.lat(), unit.lng());
			return eta(unit, qLat, qLng, d) / minSecondsPerMeter;
		}
	}

	// ---- benchmarks

	private int nextQuery() {
		int q = next;
		next = (q + 1) & (QUERIES - 1);
		return q;
	}

	/** The index as shipped (no shouwang.command.unit-index.cell-meters: adaptive cells). */
	@Benchmark
	public List<UnitIndex.Hit> index() {
		int q = nextQuery();
		return queryIndex(index, queryLat[q], queryLng[q]);
	}

	/** The index with cells sized for this density ({@value #DENSE_CELL_METERS} m): a configuration choice. */
	@Benchmark
	public List<UnitIndex.Hit> indexDenseCells() {
		int q = nextQuery();
		return queryIndex(denseIndex, queryLat[q], queryLng[q]);
	}

	@Benchmark
	public long[] bruteForce() {
		int q = nextQuery();
		return bruteForce(queryLat[q], queryLng[q]);
	}

	@Benchmark
	public Object[] strtree() {
		int q = nextQuery();
		return queryTree(queryLat[q], queryLng[q]);
	}

	// ---- runner with the summary

	/** Runs the three variants in one JMH run and prints average, p50, p99, p99.9 and the ratios to the index. */
	public static void main(String[] args) throws Exception {
		Options options = new OptionsBuilder().include(RecommendationBenchmark.class.getName() + "\\.")
			.parent(new org.openjdk.jmh.runner.options.CommandLineOptions(args))
			.build();
		Collection<RunResult> results = new Runner(options).run();
		double[][] figures = new double[4][5]; // avg, p50, p90, p99, p99.9 per variant
		String[] names = { "index", "bruteForce", "strtree", "indexDenseCells" };
		for (RunResult run : results) {
			String name = run.getParams().getBenchmark().substring(run.getParams().getBenchmark().lastIndexOf('.') + 1);
			int v = Arrays.asList(names).indexOf(name);
			Result<?> primary = run.getPrimaryResult();
			if (run.getParams().getMode() == Mode.AverageTime) {
				figures[v][0] = primary.getScore();
			}
			else if (run.getParams().getMode() == Mode.SampleTime) {
				figures[v][1] = primary.getStatistics().getPercentile(50);
				figures[v][2] = primary.getStatistics().getPercentile(90);
				figures[v][3] = primary.getStatistics().getPercentile(99);
				figures[v][4] = primary.getStatistics().getPercentile(99.9);
			}
		}
		System.out.println();
		System.out.printf("Recommendation: %d nearest AVAILABLE of %,d units (%.0f %% available), random incident points%n",
				K, UNITS, AVAILABLE_SHARE * 100);
		System.out.printf("%-16s %10s %10s %10s %10s %10s%n", "variant", "avg µs", "p50 µs", "p90 µs", "p99 µs", "p99.9 µs");
		for (int v = 0; v < 4; v++) {
			System.out.printf(Locale.ROOT, "%-16s %10.2f %10.2f %10.2f %10.2f %10.2f%n", names[v], figures[v][0],
					figures[v][1], figures[v][2], figures[v][3], figures[v][4]);
		}
		System.out.printf(Locale.ROOT, "ratio brute/index:   avg %.1f×, p99 %.1f×%n", figures[1][0] / figures[0][0],
				figures[1][3] / figures[0][3]);
		System.out.printf(Locale.ROOT, "ratio strtree/index: avg %.1f×, p99 %.1f×%n", figures[2][0] / figures[0][0],
				figures[2][3] / figures[0][3]);
		System.out.printf(Locale.ROOT, "dense cells: brute/index avg %.1f×, p99 %.1f×; strtree/index avg %.1f×, p99 %.1f×%n",
				figures[1][0] / figures[3][0], figures[1][3] / figures[3][3], figures[2][0] / figures[3][0],
				figures[2][3] / figures[3][3]);
		for (int v : new int[] { 0, 3 }) {
			System.out.printf(Locale.ROOT, "%s: goal p99 ≤ 50 µs: %s; faster than both baselines (avg and p99): %s%n",
					names[v], figures[v][3] <= 50 ? "met" : "NOT met",
					figures[v][0] < figures[1][0] && figures[v][0] < figures[2][0] && figures[v][3] < figures[1][3]
							&& figures[v][3] < figures[2][3] ? "met" : "NOT met");
		}
	}
}
