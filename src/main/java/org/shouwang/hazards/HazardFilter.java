package org.shouwang.hazards;

/**
 * Which hazards to list; every field optional. {@code open}: only those still to be rectified; {@code overdue}:
 * only open ones past their deadline. Station-scoped callers see their own station's whatever {@code stationCode} says.
 */
public record HazardFilter(String stationCode, String gridCode, HazardStatus status, HazardSource source,
		HazardCategory category, HazardSeverity severity, Boolean open, Boolean overdue, String sourceReference) {

	public static HazardFilter all() {
		return new HazardFilter(null, null, null, null, null, null, null, null, null);
	}
}
