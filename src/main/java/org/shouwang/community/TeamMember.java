package org.shouwang.community;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of a grid's 3+N team. Police members (community officer, auxiliary) are linked to their officer record;
 * {@code phone} is masked unless the reader may see personal data.
 */
public record TeamMember(UUID id, String gridCode, String stationCode, TeamRole role, SocialForceKind socialForceKind,
		Long officerId, String name, String phone, LocalDate joinedOn, LocalDate leftOn, boolean active) {
}
