package org.shouwang.community;

/**
 * A station chief's figures at a glance: grids and full teams, understaffed grids, this month's visits against the
 * plan (and grids behind it), open and overdue disputes, open hazards and those past their deadline.
 */
public record StationOverview(String stationCode, String stationName, int grids, int fullTeams, int understaffed,
		long visitsThisMonth, long visitTargetThisMonth, int gridsBehindPlan, long openDisputes, long overdueDisputes,
		long openHazards, long overdueHazards) {
}
