package org.shouwang.organization;

/** A duty unit's call sign, kind, station or capabilities changed. */
public record DutyUnitUpdated(long dutyUnitId, String callSign, String stationCode) {
}
