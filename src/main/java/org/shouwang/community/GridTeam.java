package org.shouwang.community;

import java.util.List;

/**
 * A grid's 3+N team as of today: its serving members, whether it is full (all three core roles filled) and which
 * core roles are missing, its police post (警务室) and its monthly visit plan.
 */
public record GridTeam(String gridCode, String gridName, String stationCode, String postCode, String postName,
		List<TeamMember> members, boolean full, List<TeamRole> missingRoles, int socialForces, int monthlyVisitTarget,
		int addresses) {
}
