package org.shouwang.organization;

/** An officer's data, rank, role or unit changed. */
public record OfficerUpdated(long officerId, String badgeNumber, String unitCode) {
}
