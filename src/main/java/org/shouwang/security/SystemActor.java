package org.shouwang.security;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that has no signed-in user (event listeners, schedules, imports, the demo district) as a named,
 * branch-wide actor, so that the same services apply the same data scope ({@link DataScope#current()}) and
 * the audit trail names who acted: {@code system} for jobs and listeners, {@code demo} for the demo district.
 * The caller's own security context, if any, is restored afterwards.
 */
public final class SystemActor {

	/** The actor of listeners and schedules. */
	public static final String SYSTEM = "system";

	/** The actor that loads the demo district. */
	public static final String DEMO = "demo";

	/** The actor names, which no user account may take (the audit trail would not tell them apart). */
	public static final Set<String> RESERVED = Set.of(SYSTEM, DEMO);

	private SystemActor() {
	}

	/** Runs {@code work} as the branch-wide actor {@code name} and returns its result. */
	public static <T> T call(String name, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		SignedInUser actor = new SignedInUser(name, name, Set.of(Role.ADMIN), DataScope.BRANCH, null,
				SignedInUser.PendingStep.NONE);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.authorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Runs {@code work} as the branch-wide actor {@code name}. */
	public static void run(String name, Runnable work) {
		call(name, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * True when the demo district is acting: what a service creates now carries the {@code demo} mark (the pages'
	 * 演示数据 badge), so no domain method needs a {@code demo} flag of its own.
	 */
	public static boolean isDemo() {
		return SignedInUser.current().map(u -> DEMO.equals(u.username())).orElse(false);
	}

	/** True when the current principal is one of these actors rather than a person. */
	public static boolean isActing() {
		return SignedInUser.current().map(u -> RESERVED.contains(u.username())).orElse(false);
	}
}
