package org.shouwang.security;

import java.time.OffsetDateTime;
import java.util.Set;

/** A user account as shown to administrators (never the password hash or TOTP secret). */
public record UserView(String username, String displayName, Set<Role> roles, String scopeUnitCode,
		String officerBadge, boolean enabled, boolean mustChangePassword, int failedAttempts,
		OffsetDateTime lockedUntil, boolean locked, boolean totpEnabled, boolean demo, OffsetDateTime lastLoginAt,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
