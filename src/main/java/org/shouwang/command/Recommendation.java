package org.shouwang.command;

import org.shouwang.organization.DutyUnitKind;

/** An AVAILABLE unit proposed for an incident, with its estimated travel time and straight-line distance. */
public record Recommendation(long unitId, String callSign, long etaSeconds, long distanceMeters, DutyUnitKind kind,
		String stationCode) {
}
