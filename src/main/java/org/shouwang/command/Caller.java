package org.shouwang.command;

import org.shouwang.audit.AuditTrail;
import org.shouwang.security.Permissions;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/** Who is acting (for timelines) and whether they may see personal data unmasked. */
final class Caller {

	private Caller() {
	}

	/** The signed-in user's name; {@code anonymous} in a request without one, {@code system} outside requests. */
	static String name() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return RequestContextHolder.getRequestAttributes() != null ? AuditTrail.ANONYMOUS : AuditTrail.SYSTEM;
		}
		if (auth instanceof AnonymousAuthenticationToken || auth.getName() == null || auth.getName().isBlank()) {
			return AuditTrail.ANONYMOUS;
		}
		String name = auth.getName();
		return name.length() <= 200 ? name : name.substring(0, 200);
	}

	/** True when the current user holds {@code pii:unmask}. */
	static boolean mayUnmask() {
		return holds(Permissions.PII_UNMASK);
	}

	/** True when the current (signed-in) user holds the permission. */
	static boolean holds(String permission) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
				&& auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(permission::equals);
	}
}
