package org.shouwang.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.security.SignedInUser.PendingStep;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The order of the sign-in steps (password → TOTP code → forced password change → TOTP enrolment for
 * admins when required) and the switch of the session from one step to the next (with a new session id).
 */
@Component
class SignInSteps {

	private final SecurityProperties properties;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignInSteps(SecurityProperties properties) {
		this.properties = properties;
	}

	/** The step after the password and second factor are done. */
	PendingStep after(UserRow user) {
		if (user.mustChangePassword()) {
			return PendingStep.CHANGE_PASSWORD;
		}
		return enrolmentRequired(user) ? PendingStep.ENROL_TOTP : PendingStep.NONE;
	}

	boolean enrolmentRequired(UserRow user) {
		return properties.adminMfa() && user.roles().contains(Role.ADMIN) && !user.totpEnabled();
	}

	/** Where a step is done. */
	static String path(PendingStep step) {
		return switch (step) {
			case TOTP -> "/login/totp";
			case CHANGE_PASSWORD -> "/account/password";
			case ENROL_TOTP -> "/account/totp";
			case NONE -> "/";
		};
	}

	static UsernamePasswordAuthenticationToken authentication(SignedInUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	/** Puts the user (at its new step) into the session under a new session id. */
	void advance(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(user));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		contexts.saveContext(context, request, response);
	}

	void redirect(SignedInUser user, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.sendRedirect(request.getContextPath() + path(user.pendingStep()));
	}
}
