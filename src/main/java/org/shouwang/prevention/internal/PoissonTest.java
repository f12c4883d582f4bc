package org.shouwang.prevention.internal;

/**
 * The comparison of two Poisson counts over equal exposures (before/after): conditional on the total n = b + a, under
 * the null hypothesis of an unchanged rate the after count is Binomial(n, ½); the one-sided p-value of a decrease is
 * P(X ≤ a).
 */
public final class PoissonTest {

	private PoissonTest() {
	}

	/** One-sided p-value that the after count {@code after} is lower than {@code before} by chance alone. */
	public static double decrease(int before, int after) {
		if (before < 0 || after < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
		int n = before + after;
		if (n == 0) {
			return 1.0;
		}
		double p = 0;
		double logHalfN = n * Math.log(0.5);
		for (int k = 0; k <= after; k++) {
			p += Math.exp(logChoose(n, k) + logHalfN);
		}
		return Math.min(1.0, p);
	}

	static double logChoose(int n, int k) {
		return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
	}

	static double logFactorial(int n) {
		double s = 0;
		for (int i = 2; i <= n; i++) {
			s += Math.log(i);
		}
		return s;
	}
}
