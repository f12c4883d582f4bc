package org.shouwang.organization;

/** A unit was added to the tree. */
public record OrgUnitCreated(String code, OrgUnitKind kind, String parentCode) {
}
