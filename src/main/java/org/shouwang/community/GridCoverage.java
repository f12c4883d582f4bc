package org.shouwang.community;

/**
 * A grid's visits over a period against its plan: visits, distinct addresses visited, the grid's addresses and the
 * visited share (0–100, one decimal; null without addresses), and this month's visits against the monthly target.
 */
public record GridCoverage(String gridCode, String stationCode, long visits, long addressesVisited, int addresses,
		Double visitedShare, long visitsThisMonth, int monthlyTarget, boolean behindPlan) {
}
