package org.shouwang.organization;

/** A unit's name, kind, parent or position changed. */
public record OrgUnitUpdated(String code, OrgUnitKind kind, String parentCode) {
}
