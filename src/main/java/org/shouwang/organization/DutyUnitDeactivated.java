package org.shouwang.organization;

/** A duty unit was stood down. */
public record DutyUnitDeactivated(long dutyUnitId, String callSign, String stationCode) {
}
