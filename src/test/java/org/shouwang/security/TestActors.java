package org.shouwang.security;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs test code as a signed-in user without a web request, the way a listener or another module's call
 * reaches a service: the services then apply that user's data scope ({@link DataScope#current()}).
 */
public final class TestActors {

	private TestActors() {
	}

	/** Runs {@code work} as an administrator whose data scope is {@code unitCode} ({@code WB01}: that station only). */
	public static <T> T as(String unitCode, Supplier<T> work) {
		return as(unitCode, Role.ADMIN, work);
	}

	/** Runs {@code work} as a user with this role and data scope. */
	public static <T> T as(String unitCode, Role role, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context("test-" + unitCode.toLowerCase(), unitCode, role));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Runs {@code work} as the branch-wide {@link SystemActor#SYSTEM} actor. */
	public static <T> T branch(Supplier<T> work) {
		return SystemActor.call(SystemActor.SYSTEM, work);
	}

	/**
	 * Signs the current thread in as the branch-wide {@link SystemActor#SYSTEM} actor until
	 * {@link SecurityContextHolder#clearContext()} (for a test class's {@code @BeforeEach} / {@code @AfterEach}).
	 */
	public static void enterBranch() {
		SecurityContextHolder.setContext(context(SystemActor.SYSTEM, DataScope.BRANCH, Role.ADMIN));
	}

	private static SecurityContext context(String username, String unitCode, Role role) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		SignedInUser user = new SignedInUser(username, username, Set.of(role), unitCode, null,
				SignedInUser.PendingStep.NONE);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
		return context;
	}
}
