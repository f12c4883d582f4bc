package org.shouwang.command.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.shouwang.platform.InvalidInputException;

/**
 * Period bounds as the incident list takes them: an ISO date-time with offset, or a date meaning its start
 * for {@code from} and the start of the next day for {@code to} (so that {@code to} includes the whole day).
 */
final class Periods {

	private Periods() {
	}

	static Instant bound(String field, String value, boolean upper, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (upper ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "must be a date (2025-07-14) or a date-time with offset");
		}
	}
}
