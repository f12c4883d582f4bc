package org.shouwang.performance.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.indicators.IndicatorPeriod;

/**
 * The periods a figure can be asked for: a year ({@code year=2025}), a month ({@code month=2025-07}), an ISO week
 * Monday–Sunday ({@code week=2025-W28}) or any days ({@code from=2025-07-01&to=2025-08-01}, {@code to} exclusive).
 * Exactly one of them; none means the current year (Asia/Shanghai).
 */
final class Periods {

	private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");

	private Periods() {
	}

	static IndicatorPeriod parse(String year, String month, String week, String from, String to) {
		List<FieldError> errors = new ArrayList<>();
		int given = (blank(year) ? 0 : 1) + (blank(month) ? 0 : 1) + (blank(week) ? 0 : 1)
				+ (blank(from) && blank(to) ? 0 : 1);
		if (given > 1) {
			throw new InvalidInputException("period", "give one of year, month, week or from/to");
		}
		try {
			if (!blank(year)) {
				int y = Integer.parseInt(year.strip());
				if (y < 1900 || y > 2199) {
					throw new InvalidInputException("year", "must be between 1900 and 2199");
				}
				return IndicatorPeriod.year(y);
			}
			if (!blank(month)) {
				YearMonth m = parseMonth(month);
				return new IndicatorPeriod(m.atDay(1), m.plusMonths(1).atDay(1));
			}
			if (!blank(week)) {
				return week(week);
			}
			if (!blank(from) || !blank(to)) {
				LocalDate f = date("from", from, errors);
				LocalDate t = date("to", to, errors);
				if (errors.isEmpty() && !f.isBefore(t)) {
					errors.add(new FieldError("to", "must be after from (to is exclusive)"));
				}
				if (errors.isEmpty() && (f.getYear() < 1900 || t.getYear() > 2199)) {
					errors.add(new FieldError("from", "must lie between 1900 and 2199"));
				}
				if (!errors.isEmpty()) {
					throw new InvalidInputException("Invalid period.", errors);
				}
				return new IndicatorPeriod(f, t);
			}
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("year", "must be a year such as 2025");
		}
		return IndicatorPeriod.year(LocalDate.now(IndicatorPeriod.ZONE).getYear());
	}

	private static YearMonth parseMonth(String month) {
		try {
			YearMonth m = YearMonth.parse(month.strip(), DateTimeFormatter.ofPattern("uuuu-MM"));
			if (m.getYear() < 1900 || m.getYear() > 2199) {
				throw new InvalidInputException("month", "must lie between 1900 and 2199");
			}
			return m;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "must be a month such as 2025-07");
		}
	}

	/** The ISO week (Monday to Sunday) {@code 2025-W28}. */
	static IndicatorPeriod week(String week) {
		Matcher m = WEEK.matcher(week.strip());
		if (!m.matches()) {
			throw new InvalidInputException("week", "must be an ISO week such as 2025-W28");
		}
		int year = Integer.parseInt(m.group(1));
		int number = Integer.parseInt(m.group(2));
		LocalDate anyDay = LocalDate.of(year, 6, 1);
		long weeks = anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
		if (year < 1900 || year > 2199 || number < 1 || number > weeks) {
			throw new InvalidInputException("week", "must be an ISO week such as 2025-W28");
		}
		LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
		return new IndicatorPeriod(monday, monday.plusWeeks(1));
	}

	/** The ISO week of a day, as {@code 2025-W28}. */
	static String weekOf(LocalDate day) {
		return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private static LocalDate date(String field, String value, List<FieldError> errors) {
		if (blank(value)) {
			errors.add(new FieldError(field, "is required with " + (field.equals("from") ? "to" : "from")));
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeException ex) {
			errors.add(new FieldError(field, "must be a date such as 2025-07-01"));
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
