package org.shouwang.performance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the annual summary prints figures, after the seed's conventions (INDICATORS.md):
 * <ul>
 * <li>exact counts as they are ({@code 398});</li>
 * <li>"N余" counts truncated to tens below 10,000 ({@code 4067 → 4060余}, {@code 1256 → 1250余}; below 100 to
 * tens as well, {@code 85 → 80余}), to thousands as "X.X万余" from 10,000 ({@code 56312 → 5.6万余},
 * {@code 20345 → 2万余});</li>
 * <li>"逾N" for "more than": truncated to hundreds ({@code 1532 → 逾1500});</li>
 * <li>同比 as "同比下降8.2%" / "同比上升3.0%" / "同比持平" from the one-decimal percentage;</li>
 * <li>rates as percentages with one decimal, a whole number without it ({@code 98.6%}, {@code 100%});</li>
 * <li>money in 元 as "超千万元", "超2千万元", "超1亿元" from ten million, "N.N万元" below.</li>
 * </ul>
 */
final class ReportNumbers {

	private ReportNumbers() {
	}

	static String exact(BigDecimal value) {
		return plain(value.setScale(0, RoundingMode.DOWN));
	}

	/** The "N余" form of a count. */
	static String approx(BigDecimal value) {
		long n = value.setScale(0, RoundingMode.DOWN).longValueExact();
		if (n < 10) {
			return Long.toString(n);
		}
		if (n < 10_000) {
			return (n / 10 * 10) + "余";
		}
		BigDecimal wan = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(10_000), 1, RoundingMode.DOWN);
		return plain(wan) + "万余";
	}

	/** The "逾N" form: more than the value truncated to hundreds (to tens below 100). */
	static String over(BigDecimal value) {
		long n = value.setScale(0, RoundingMode.DOWN).longValueExact();
		long step = n >= 100 ? 100 : 10;
		return "逾" + (n / step * step);
	}

	/** "同比下降8.2%", "同比上升3.0%", "同比持平"; null when there is no 同比 (last year 0). */
	static String yoy(BigDecimal percent) {
		if (percent == null) {
			return null;
		}
		int sign = percent.signum();
		if (sign == 0) {
			return "同比持平";
		}
		return (sign < 0 ? "同比下降" : "同比上升") + percent.abs().setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** A percentage on the 0–100 scale: one decimal, without it when whole ({@code 98.6%}, {@code 100%}). */
	static String rate(BigDecimal percent) {
		BigDecimal one = percent.setScale(1, RoundingMode.HALF_UP);
		return (one.stripTrailingZeros().scale() <= 0 ? plain(one.setScale(0, RoundingMode.UNNECESSARY)) : one.toPlainString())
				+ "%";
	}

	/** Money in 元, as the seed states it: "超千万元" and the like from ten million, "N.N万元" below. */
	static String money(BigDecimal yuan) {
		long n = yuan.setScale(0, RoundingMode.DOWN).longValueExact();
		if (n >= 100_000_000L) {
			return "超" + (n / 100_000_000L) + "亿元";
		}
		if (n >= 10_000_000L) {
			long thousands = n / 10_000_000L;
			return "超" + (thousands == 1 ? "" : thousands) + "千万元";
		}
		if (n >= 10_000L) {
			return plain(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(10_000), 1, RoundingMode.DOWN)) + "万元";
		}
		return n + "元";
	}

	/** A number without exponent or trailing zeros ({@code 2.0 → 2}, {@code 5.6 → 5.6}). */
	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}
}
