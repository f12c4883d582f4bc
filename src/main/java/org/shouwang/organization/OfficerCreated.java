package org.shouwang.organization;

/** An officer was added. */
public record OfficerCreated(long officerId, String badgeNumber, String unitCode) {
}
