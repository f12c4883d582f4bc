package org.shouwang.community;

import java.time.LocalDate;

/**
 * A member joining a grid's team. The community officer and the auxiliary officer are officers of the grid's station
 * ({@code officerId}; their name comes from the organisation); grid workers and social forces are named here, social
 * forces with their kind. {@code joinedOn} defaults to today; {@code leftOn} only in bulk imports of the past.
 */
public record NewTeamMember(String gridCode, TeamRole role, SocialForceKind socialForceKind, Long officerId,
		String name, String phone, LocalDate joinedOn, LocalDate leftOn) {
}
