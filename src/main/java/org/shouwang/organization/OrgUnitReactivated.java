package org.shouwang.organization;

/** A deactivated unit is in use again. */
public record OrgUnitReactivated(String code) {
}
