package org.shouwang.organization;

/** Filters of the duty-unit list; null means "any". {@code stationCode} is the home station. */
public record DutyUnitFilter(String stationCode, DutyUnitKind kind, Boolean active) {

	public static DutyUnitFilter all() {
		return new DutyUnitFilter(null, null, null);
	}
}
