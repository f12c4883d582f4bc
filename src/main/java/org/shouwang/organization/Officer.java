package org.shouwang.organization;

/** An officer (民警) or auxiliary (辅警): deliberately minimal personal data, a work phone at most. */
public record Officer(long id, String badgeNumber, String name, PoliceRank rank, OfficerRole role, String unitCode,
		String unitName, String workPhone, boolean active, boolean demo) {
}
