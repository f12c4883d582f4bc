package org.shouwang.prevention.internal;

import java.time.LocalDate;

import org.shouwang.prevention.Shift;

/** Shift times as minutes since the epoch (local time of the branch; no daylight saving in China). */
final class Shifts {

	private Shifts() {
	}

	static long start(LocalDate day, Shift shift) {
		return day.toEpochDay() * 24 * 60 + shift.startHour() * 60L;
	}
}
