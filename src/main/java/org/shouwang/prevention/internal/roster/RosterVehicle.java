package org.shouwang.prevention.internal.roster;

/** A vehicle of a plan's pool (a problem fact). */
public record RosterVehicle(String code, String stationCode) {
}
