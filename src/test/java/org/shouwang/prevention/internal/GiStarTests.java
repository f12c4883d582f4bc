package org.shouwang.prevention.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Gi* against the textbook formula on a small grid, the permutation p-values and the FDR classification. */
class GiStarTests {

	/** A 7×7 grid, queen neighbourhoods with the cell itself (binary weights). */
	static int[][] grid(int side) {
		int[][] nb = new int[side * side][];
		for (int r = 0; r < side; r++) {
			for (int c = 0; c < side; c++) {
				List<Integer> list = new ArrayList<>();
				for (int dr = -1; dr <= 1; dr++) {
					for (int dc = -1; dc <= 1; dc++) {
						int rr = r + dr;
						int cc = c + dc;
						if (rr >= 0 && rr < side && cc >= 0 && cc < side) {
							list.add(rr * side + cc);
						}
					}
				}
				nb[r * side + c] = list.stream().mapToInt(Integer::intValue).toArray();
			}
		}
		return nb;
	}

	/** Getis & Ord (1992), Ord & Getis (1995): Gi* = (Σ w x − X̄ Σ w) / (S √((n Σ w² − (Σ w)²)/(n − 1))). */
	static double textbook(double[] x, int[][] nb, int i) {
		int n = x.length;
		double mean = 0;
		for (double v : x) {
			mean += v;
		}
		mean /= n;
		double s2 = 0;
		for (double v : x) {
			s2 += v * v;
		}
		double s = Math.sqrt(s2 / n - mean * mean);
		double[] w = new double[n];
		for (int j : nb[i]) {
			w[j] = 1;
		}
		double wx = 0;
		double sw = 0;
		double sw2 = 0;
		for (int j = 0; j < n; j++) {
			wx += w[j] * x[j];
			sw += w[j];
			sw2 += w[j] * w[j];
		}
		return (wx - mean * sw) / (s * Math.sqrt((n * sw2 - sw * sw) / (n - 1)));
	}

	static double[] clustered(int side, SplittableRandom random) {
		double[] x = new double[side * side];
		for (int i = 0; i < x.length; i++) {
			x[i] = random.nextInt(5);
		}
		// a planted hot cluster in the upper left corner, a cold one in the lower right
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < 3; c++) {
				x[r * side + c] += 25;
				x[(side - 1 - r) * side + (side - 1 - c)] = 0;
			}
		}
		return x;
	}

	@Test
	void zScoresAreTheTextbookFormula() {
		int side = 7;
		int[][] nb = grid(side);
		double[] x = clustered(side, new SplittableRandom(7));
		GiStar.Result result = GiStar.compute(x, nb, 0, 1);
		for (int i = 0; i < x.length; i++) {
			assertThat(result.z()[i]).as("bin %d", i).isCloseTo(textbook(x, nb, i), within(1e-9));
		}
	}

	@Test
	void thePlantedClusterIsHotAndTheEmptyCornerIsNeverHot() {
		int side = 12;
		int[][] nb = grid(side);
		double[] x = new double[side * side];
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < x.length; i++) {
			x[i] = random.nextInt(4);
		}
		for (int r = 1; r < 4; r++) {
			for (int c = 1; c < 4; c++) {
				x[r * side + c] = 30;
			}
		}
		GiStar.Result result = GiStar.compute(x, nb, 9999, 42);
		assertThat(result.bin()[2 * side + 2]).isEqualTo(3);
		assertThat(result.p()[2 * side + 2]).isLessThan(0.01);
		for (int r = 8; r < side; r++) {
			for (int c = 8; c < side; c++) {
				assertThat(result.bin()[r * side + c]).as("far corner %d,%d", r, c).isLessThanOrEqualTo(0);
			}
		}
		assertThat(result.hot()).isGreaterThanOrEqualTo(9);
	}

	@Test
	void pseudoPValuesAreReproducibleAndBounded() {
		int[][] nb = grid(7);
		double[] x = clustered(7, new SplittableRandom(3));
		GiStar.Result a = GiStar.compute(x, nb, 199, 5);
		GiStar.Result b = GiStar.compute(x, nb, 199, 5);
		assertThat(a.p()).containsExactly(b.p());
		for (double p : a.p()) {
			assertThat(p).isBetween(1.0 / 200, 0.5 + 1.0 / 200);
		}
	}

	@Test
	void benjaminiHochbergThreshold() {
		double[] sorted = { 0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216 };
		// k/m·α at α = 0.05: 0.005, 0.01, 0.015, 0.02, 0.025, ...: the largest p_(k) below its line is p_(2)
		assertThat(GiStar.fdrThreshold(sorted, 0.05)).isEqualTo(0.008);
		assertThat(GiStar.fdrThreshold(new double[] { 0.5, 0.9 }, 0.05)).isEqualTo(-1);
		int[] bins = GiStar.classify(new double[] { 3, -3, 2, 0.5 }, new double[] { 0.001, 0.001, 0.03, 0.6 });
		assertThat(bins).containsExactly(3, -3, 2, 0);
	}

	@Test
	void poissonTestOfADecrease() {
		assertThat(PoissonTest.decrease(20, 20)).isGreaterThan(0.5);
		assertThat(PoissonTest.decrease(40, 15)).isLessThan(0.001);
		// n = 10, after = 2: P(X ≤ 2) for Binomial(10, ½) = (1 + 10 + 45) / 1024
		assertThat(PoissonTest.decrease(8, 2)).isCloseTo(56.0 / 1024, within(1e-12));
		assertThat(PoissonTest.decrease(0, 0)).isEqualTo(1.0);
	}
}
