package org.shouwang.organization;

import java.util.List;

/** A unit in the tree with its direct officer and duty-unit counts (active ones) and its children. */
public record OrgUnitNode(OrgUnit unit, long officers, long dutyUnits, List<OrgUnitNode> children) {
}
