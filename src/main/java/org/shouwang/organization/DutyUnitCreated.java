package org.shouwang.organization;

/** A duty unit was set up. */
public record DutyUnitCreated(long dutyUnitId, String callSign, String stationCode) {
}
