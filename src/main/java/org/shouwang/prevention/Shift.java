package org.shouwang.prevention;

import java.time.LocalTime;

/** The three shifts of a patrol day: 08–16, 16–24, 00–08 (the night shift of a day is its first hours). */
public enum Shift {
	DAY(8), EVENING(16), NIGHT(0);

	/** Length of every shift in hours. */
	public static final int HOURS = 8;

	private final int startHour;

	Shift(int startHour) {
		this.startHour = startHour;
	}

	public LocalTime start() {
		return LocalTime.of(startHour, 0);
	}

	public int startHour() {
		return startHour;
	}

	public String messageKey() {
		return "prevention.shift." + name();
	}
}
