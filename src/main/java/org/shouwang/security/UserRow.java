package org.shouwang.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

/** A stored user with its secrets; never leaves the module. */
record UserRow(long id, String username, String displayName, String passwordHash, String scopeUnitCode,
		String officerBadge, boolean enabled, boolean mustChangePassword, int failedAttempts, Instant lockedUntil,
		String totpSecret, Long totpLastStep, Instant lastLoginAt, Instant createdAt, Instant updatedAt, boolean demo,
		Set<Role> roles) {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	boolean totpEnabled() {
		return totpSecret != null;
	}

	SignedInUser principal(SignedInUser.PendingStep step) {
		return new SignedInUser(username, displayName, roles, scopeUnitCode, officerBadge, step);
	}

	UserView view(Instant now) {
		return new UserView(username, displayName, roles, scopeUnitCode, officerBadge, enabled, mustChangePassword,
				failedAttempts, time(lockedUntil), lockedAt(now), totpEnabled(), demo, time(lastLoginAt),
				time(createdAt), time(updatedAt));
	}

	static OffsetDateTime time(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZONE);
	}
}
