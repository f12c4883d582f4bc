package org.shouwang.organization;

/** An officer left service or was deactivated. */
public record OfficerDeactivated(long officerId, String badgeNumber, String unitCode) {
}
