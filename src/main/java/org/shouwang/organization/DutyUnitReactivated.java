package org.shouwang.organization;

/** A stood-down duty unit is in service again. */
public record DutyUnitReactivated(long dutyUnitId, String callSign, String stationCode) {
}
