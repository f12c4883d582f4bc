package org.shouwang.organization;

/** A deactivated officer is in service again. */
public record OfficerReactivated(long officerId, String badgeNumber, String unitCode) {
}
