package org.shouwang.prevention.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Getis-Ord Gi* hot-spot statistics over bins with binary weights (each bin's neighbourhood includes the bin itself),
 * pseudo p-values from conditional permutations and Benjamini–Hochberg false-discovery-rate control, classified into
 * hot and cold bins at 90, 95 and 99 % confidence as Esri's Optimized Hot Spot Analysis does. Pure computation.
 */
public final class GiStar {

	/** The confidence levels, most confident first, and their α. */
	static final double[] ALPHAS = { 0.01, 0.05, 0.10 };

	/**
	 * The statistics of every bin.
	 *
	 * @param z Gi* z-scores
	 * @param p pseudo p-values (two-sided, folded) from the conditional permutations
	 * @param bin confidence bin: 3, 2, 1 hot at 99/95/90 %, −3, −2, −1 cold, 0 not significant (after FDR)
	 */
	public record Result(double[] z, double[] p, int[] bin) {

		public long hot() {
			return Arrays.stream(bin).filter(b -> b > 0).count();
		}

		public long cold() {
			return Arrays.stream(bin).filter(b -> b < 0).count();
		}
	}

	private GiStar() {
	}

	/**
	 * Gi* for values {@code x} with neighbourhoods {@code neighbours[i]} (indices into {@code x}, including {@code i}).
	 *
	 * @param permutations number of conditional permutations (e.g. 999)
	 * @param seed seed of the permutations: the same input and seed give the same p-values
	 */
	public static Result compute(double[] x, int[][] neighbours, int permutations, long seed) {
		int n = x.length;
		if (neighbours.length != n) {
			throw new IllegalArgumentException("one neighbourhood per bin");
		}
		if (n < 3) {
			throw new IllegalArgumentException("Gi* needs at least 3 bins");
		}
		double sum = 0;
		double sumSq = 0;
		for (double v : x) {
			sum += v;
			sumSq += v * v;
		}
		double mean = sum / n;
		double s = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
		double[] z = new double[n];
		double[] p = new double[n];
		IntStream.range(0, n).parallel().forEach(i -> {
			int[] nb = neighbours[i];
			int w = nb.length;
			double local = 0;
			for (int j : nb) {
				local += x[j];
			}
			double denominator = s * Math.sqrt((n * (double) w - (double) w * w) / (n - 1));
			z[i] = denominator == 0 ? 0 : (local - mean * w) / denominator;
			p[i] = permutations > 0 ? pseudoP(x, i, w, local, permutations, new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L)))
					: normalTwoSided(z[i]);
		});
		return new Result(z, p, classify(z, p));
	}

	/**
	 * The folded pseudo p-value of bin {@code i}: its value stays, the other {@code w − 1} neighbours are drawn at
	 * random (without replacement) from the other bins; (extremes + 1) / (permutations + 1).
	 */
	static double pseudoP(double[] x, int i, int w, double observed, int permutations, SplittableRandom random) {
		int n = x.length;
		int draws = w - 1;
		int[] picked = new int[draws];
		int larger = 0;
		for (int r = 0; r < permutations; r++) {
			double local = x[i];
			for (int d = 0; d < draws; d++) {
				int j;
				boolean repeat;
				do {
					j = random.nextInt(n - 1);
					if (j >= i) {
						j++;
					}
					repeat = false;
					for (int e = 0; e < d; e++) {
						if (picked[e] == j) {
							repeat = true;
							break;
						}
					}
				}
				while (repeat);
				picked[d] = j;
				local += x[j];
			}
			if (local >= observed) {
				larger++;
			}
		}
		if (permutations - larger < larger) {
			larger = permutations - larger;
		}
		return (larger + 1.0) / (permutations + 1.0);
	}

	/** Bins by sign of z at the most confident level whose Benjamini–Hochberg threshold the p-value meets. */
	static int[] classify(double[] z, double[] p) {
		int n = p.length;
		int[] bin = new int[n];
		double[] sorted = p.clone();
		Arrays.sort(sorted);
		for (int level = ALPHAS.length - 1; level >= 0; level--) {
			double threshold = fdrThreshold(sorted, ALPHAS[level]);
			int confidence = ALPHAS.length - level;
			for (int i = 0; i < n; i++) {
				if (p[i] <= threshold && z[i] != 0) {
					bin[i] = (int) Math.signum(z[i]) * confidence;
				}
			}
		}
		return bin;
	}

	/** The largest p_(k) with p_(k) ≤ k/m · α (−1 when none): p-values up to it are discoveries. */
	static double fdrThreshold(double[] sortedP, double alpha) {
		int m = sortedP.length;
		double threshold = -1;
		for (int k = 1; k <= m; k++) {
			if (sortedP[k - 1] <= (double) k / m * alpha) {
				threshold = sortedP[k - 1];
			}
		}
		return threshold;
	}

	/** Two-sided p of a standard normal z (without permutations). */
	static double normalTwoSided(double z) {
		return Math.min(1, 2 * (1 - standardNormalCdf(Math.abs(z))));
	}

	/** Φ(x) by the Abramowitz–Stegun 7.1.26 erf approximation (|error| < 1.5e-7). */
	static double standardNormalCdf(double x) {
		double t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.sqrt(2));
		double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
				* Math.exp(-x * x / 2);
		return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
	}
}
