package org.shouwang.video;

import java.util.Set;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.shouwang.security.DataScope;
import org.shouwang.security.Role;
import org.shouwang.security.SignedInUser;
import org.shouwang.security.SystemActor;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a test's direct service calls as the branch-wide {@link SystemActor#SYSTEM} actor (services take the
 * caller's scope from {@code DataScope.current()}); {@link #as(String)} switches to a station user's scope.
 */
final class AsSystem implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		as(DataScope.BRANCH);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		SecurityContextHolder.clearContext();
	}

	/** Acts, on this thread, as a user scoped to the unit (WB: branch-wide, WB01: station 01). */
	static void as(String unitCode) {
		SignedInUser actor = new SignedInUser(SystemActor.SYSTEM, SystemActor.SYSTEM, Set.of(Role.ADMIN), unitCode, null,
				SignedInUser.PendingStep.NONE);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.authorities()));
		SecurityContextHolder.setContext(context);
	}
}
