package org.shouwang.organization;

/** An organisation unit as other modules see it; {@code parentCode} is null for the branch (the root). */
public record OrgUnit(long id, String code, String name, OrgUnitKind kind, String parentCode, int sortOrder,
		boolean active, boolean demo) {
}
