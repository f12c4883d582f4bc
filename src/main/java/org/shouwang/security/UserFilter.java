package org.shouwang.security;

/**
 * Filters of the user list; {@code null} means "any".
 *
 * @param query   part of the username, display name or badge
 * @param role    holds this role
 * @param scope   scope unit code starts with this
 * @param enabled enabled or disabled
 */
public record UserFilter(String query, Role role, String scope, Boolean enabled) {

	public static UserFilter none() {
		return new UserFilter(null, null, null, null);
	}
}
