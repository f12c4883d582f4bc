package org.shouwang.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A module's contribution to the roles: the permissions it guards its endpoints with
 * ({@code @PreAuthorize("hasAuthority('...')")}) and which roles hold each. Every module that has endpoints provides
 * one public implementation with a public no-argument constructor, listed in
 * {@code META-INF/services/org.shouwang.platform.PermissionSet}; the security module's {@code Role} composes
 * them (the administrator holds every permission, the other roles the ones whose grants name them), so no
 * central list names another module's permissions. Roles are named as in {@code org.shouwang.security.Role}
 * (checked when the roles are composed).
 */
public interface PermissionSet {

	/** The role names of the branch (see {@code org.shouwang.security.Role}). */
	String COMMANDER = "COMMANDER";

	String DISPATCHER = "DISPATCHER";

	String OFFICER = "OFFICER";

	String INVESTIGATOR = "INVESTIGATOR";

	String INSPECTOR = "INSPECTOR";

	String ANALYST = "ANALYST";

	/** This module's permissions in a stable order, each with the roles that hold it besides the administrator. */
	List<Grant> grants();

	/**
	 * One permission and the roles holding it (the administrator holds every permission and is not named).
	 *
	 * @param permission {@code area:action}, lower case
	 * @param roles      role names
	 */
	record Grant(String permission, Set<String> roles) {

		private static final Pattern NAME = Pattern.compile("[a-z]+:[a-z]+");

		public Grant {
			if (permission == null || !NAME.matcher(permission).matches()) {
				throw new IllegalArgumentException("A permission is named area:action: " + permission);
			}
			roles = Set.copyOf(roles);
		}

		/** A permission these roles hold (besides the administrator). */
		public static Grant of(String permission, String... roles) {
			return new Grant(permission, Set.of(roles));
		}

		/**
		 * A read permission: these roles, and as everything the branch reads, also the branch leadership
		 * ({@value #COMMANDER}) and statistics ({@value #ANALYST}). Reads of users and of the audit trail are
		 * not such reads: grant them with {@link #of}.
		 */
		public static Grant read(String permission, String... roles) {
			return new Grant(permission, Stream.concat(Arrays.stream(roles), Stream.of(COMMANDER, ANALYST))
				.collect(Collectors.toSet()));
		}
	}
}
