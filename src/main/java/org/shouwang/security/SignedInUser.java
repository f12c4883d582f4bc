package org.shouwang.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The principal of a signed-in user (session or bearer token). While a sign-in step is still open
 * (second factor, forced password change, TOTP enrolment) it grants no permission at all.
 *
 * @param username      the account name
 * @param displayName   the name shown in the UI
 * @param roles         the roles held
 * @param scopeUnitCode the organisation unit that bounds the data the user sees (see {@link DataScope})
 * @param officerBadge  the officer's badge number, or {@code null}
 * @param pendingStep   what is left to do before the sign-in is complete
 */
public record SignedInUser(String username, String displayName, Set<Role> roles, String scopeUnitCode,
		String officerBadge, PendingStep pendingStep) implements AuthenticatedPrincipal, Serializable {

	/** Authority held while a sign-in step is open; it opens nothing but the step's own page. */
	public static final String PENDING_AUTHORITY = "SIGN_IN_PENDING";

	public SignedInUser {
		roles = Set.copyOf(roles);
	}

	/** What is left before the sign-in is complete. */
	public enum PendingStep {
		/** Signed in completely. */
		NONE,
		/** The password was right; the TOTP code is still needed. */
		TOTP,
		/** The password must be changed first. */
		CHANGE_PASSWORD,
		/** TOTP enrolment is required first (ADMIN when {@code shouwang.security.admin-mfa=true}). */
		ENROL_TOTP
	}

	@Override
	public String getName() {
		return username;
	}

	public boolean complete() {
		return pendingStep == PendingStep.NONE;
	}

	/** The permissions held now: those of the roles once signed in completely, none before. */
	public Set<String> permissions() {
		return complete() ? Role.permissionsOf(roles) : Set.of();
	}

	public boolean holds(String permission) {
		return permissions().contains(permission);
	}

	public DataScope scope() {
		return DataScope.of(scopeUnitCode);
	}

	public SignedInUser withPendingStep(PendingStep step) {
		return new SignedInUser(username, displayName, roles, scopeUnitCode, officerBadge, step);
	}

	/** Spring Security authorities: the permissions, or the pending marker. */
	public Collection<? extends GrantedAuthority> authorities() {
		if (!complete()) {
			return List.of(new SimpleGrantedAuthority(PENDING_AUTHORITY));
		}
		return permissions().stream().map(SimpleGrantedAuthority::new).toList();
	}

	/** The user of the current request, if one is signed in (completely or not). */
	public static Optional<SignedInUser> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}
}
