package org.shouwang.video;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A daily window of a patrol plan's active hours, {@code from} inclusive, {@code to} exclusive; a window
 * whose {@code to} is before its {@code from} wraps midnight (22:00–02:00).
 */
public record TimeWindow(LocalTime from, LocalTime to) {

	public boolean wrapsMidnight() {
		return to.isBefore(from);
	}

	@Override
	public String toString() {
		return from + "-" + to;
	}

	/** The windows as stored: {@code 07:00-08:30;16:30-18:00}, empty for all day. */
	public static String format(List<TimeWindow> windows) {
		return String.join(";", windows.stream().map(TimeWindow::toString).toList());
	}

	public static List<TimeWindow> parse(String text) {
		List<TimeWindow> windows = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return windows;
		}
		for (String part : text.split(";")) {
			String[] ends = part.strip().split("-");
			if (ends.length != 2) {
				throw new IllegalArgumentException("not a time window: " + part);
			}
			try {
				windows.add(new TimeWindow(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("not a time window: " + part, ex);
			}
		}
		return windows;
	}
}
