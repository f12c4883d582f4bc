package org.shouwang.organization;

/** A unit was deactivated (it had no active children, officers or duty units left). */
public record OrgUnitDeactivated(String code) {
}
