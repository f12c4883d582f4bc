package org.shouwang.inspection;

/** Filters of the premises list; null means any. {@code overdue} lists only premises past their next due date. */
public record PremisesFilter(PremisesType type, PremisesStatus status, String stationCode, Boolean overdue, String q) {

	public static PremisesFilter none() {
		return new PremisesFilter(null, null, null, null, null);
	}
}
