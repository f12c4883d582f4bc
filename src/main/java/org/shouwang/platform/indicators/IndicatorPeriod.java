package org.shouwang.platform.indicators;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/**
 * A period of defining dates, {@code from} inclusive to {@code to} exclusive, in the branch's time zone
 * ({@link #ZONE}): a record's defining instant counts when its local date lies in [from, to).
 */
public record IndicatorPeriod(LocalDate from, LocalDate to) {

	/** The zone of every defining date (Asia/Shanghai). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public IndicatorPeriod {
		if (from == null || to == null || !from.isBefore(to)) {
			throw new IllegalArgumentException("A period needs from < to");
		}
	}

	public static IndicatorPeriod year(int year) {
		return new IndicatorPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
	}

	/** The same period one year earlier (同比). */
	public IndicatorPeriod previousYear() {
		return new IndicatorPeriod(from.minusYears(1), to.minusYears(1));
	}

	/** The last day that belongs to the period (a snapshot's "as of" date). */
	public LocalDate lastDay() {
		return to.minusDays(1);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(from) && date.isBefore(to);
	}

	/** True when the period is one whole calendar year. */
	public boolean isYear() {
		return from.getDayOfYear() == 1 && to.equals(from.plusYears(1));
	}

	public Year yearOfStart() {
		return Year.of(from.getYear());
	}
}
