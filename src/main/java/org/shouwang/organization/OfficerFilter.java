package org.shouwang.organization;

/**
 * Filters of the officer list; null means "any".
 *
 * @param unitCode officers of this unit and of the units below it
 * @param q        part of the name or of the badge number
 */
public record OfficerFilter(String unitCode, OfficerRole role, PoliceRank rank, Boolean active, String q) {

	public static OfficerFilter all() {
		return new OfficerFilter(null, null, null, null, null);
	}
}
