package org.shouwang.prevention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.shouwang.prevention.internal.GiStar;
import org.shouwang.prevention.internal.HexBins;

/**
 * Hotspot analysis at scale: 1,000,000 incidents over a district of about 10 × 7 km with ten planted clusters, binned
 * at H3 resolution 9 (each cell of the area, empty ones included), Gi* with a 2-ring distance band and 999 conditional
 * permutations, FDR classification. Prints the time of each phase, best of the runs; the baseline measured in the same
 * run is the normal approximation (no permutations) over the same bins.
 * <p>
 * Usage: {@code java -cp ... org.shouwang.prevention.HotspotBenchmark [incidents] [permutations] [runs]}
 */
public final class HotspotBenchmark {

	public static void main(String[] args) {
		int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int permutations = args.length > 1 ? Integer.parseInt(args[1]) : 999;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		HexBins bins = new HexBins();
		SplittableRandom random = new SplittableRandom(2025);
		double[] lat = new double[incidents];
		double[] lng = new double[incidents];
		double[][] clusters = new double[10][];
		for (int c = 0; c < clusters.length; c++) {
			clusters[c] = new double[] { 35.27 + random.nextDouble() * 0.06, 113.80 + random.nextDouble() * 0.10 };
		}
		for (int i = 0; i < incidents; i++) {
			if (i % 4 == 0) {
				double[] c = clusters[random.nextInt(clusters.length)];
				lat[i] = c[0] + random.nextGaussian() * 0.002;
				lng[i] = c[1] + random.nextGaussian() * 0.002;
			}
			else {
				lat[i] = 35.265 + random.nextDouble() * 0.07;
				lng[i] = 113.795 + random.nextDouble() * 0.11;
			}
		}
		System.out.printf("Hotspot benchmark: %,d incidents, resolution 9, 2 rings, %d permutations, %d cores%n", incidents,
				permutations, Runtime.getRuntime().availableProcessors());
		long bestBin = Long.MAX_VALUE, bestNb = Long.MAX_VALUE, bestGi = Long.MAX_VALUE, bestNormal = Long.MAX_VALUE;
		long hot = 0;
		int cellsCount = 0;
		for (int run = 0; run < runs; run++) {
			long t0 = System.nanoTime();
			Map<Long, int[]> counts = new HashMap<>();
			for (int i = 0; i < incidents; i++) {
				counts.computeIfAbsent(bins.cell(lat[i], lng[i], 9), k -> new int[1])[0]++;
			}
			Set<Long> study = new LinkedHashSet<>(counts.keySet());
			List<Long> cells = new ArrayList<>(study);
			double[] x = new double[cells.size()];
			for (int i = 0; i < x.length; i++) {
				x[i] = counts.get(cells.get(i))[0];
			}
			long t1 = System.nanoTime();
			int[][] nb = bins.neighbourhoods(cells, 2);
			long t2 = System.nanoTime();
			GiStar.Result result = GiStar.compute(x, nb, permutations, 42);
			long t3 = System.nanoTime();
			GiStar.compute(x, nb, 0, 42);
			long t4 = System.nanoTime();
			bestBin = Math.min(bestBin, t1 - t0);
			bestNb = Math.min(bestNb, t2 - t1);
			bestGi = Math.min(bestGi, t3 - t2);
			bestNormal = Math.min(bestNormal, t4 - t3);
			hot = result.hot();
			cellsCount = cells.size();
			System.out.printf("run %d: bin %d ms, neighbourhoods %d ms, Gi* with permutations %d ms, normal approximation %d ms%n",
					run + 1, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
		}
		long total = bestBin + bestNb + bestGi;
		System.out.printf("best: %d cells, %d hot; bin %d ms + neighbourhoods %d ms + Gi*/permutations %d ms = %d ms "
				+ "(goal 5000 ms); baseline normal approximation %d ms, permutations cost ×%.1f%n", cellsCount, hot,
				bestBin / 1_000_000, bestNb / 1_000_000, bestGi / 1_000_000, total / 1_000_000, bestNormal / 1_000_000,
				bestGi / (double) Math.max(1, bestNormal));
	}
}
