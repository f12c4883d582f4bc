package org.shouwang.audit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of audited actions. The set is open: a module may use its own upper-case name
 * ({@code [A-Z][A-Z0-9_]{1,63}}), but should use these constants where one fits.
 */
public final class AuditAction {

	public static final String LOGIN = "LOGIN";

	public static final String LOGIN_FAILED = "LOGIN_FAILED";

	public static final String LOGOUT = "LOGOUT";

	public static final String LOCKOUT = "LOCKOUT";

	public static final String TOKEN_ISSUED = "TOKEN_ISSUED";

	public static final String TOKEN_REVOKED = "TOKEN_REVOKED";

	public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

	public static final String CREATE = "CREATE";

	public static final String UPDATE = "UPDATE";

	public static final String DELETE = "DELETE";

	public static final String READ_UNMASKED = "READ_UNMASKED";

	public static final String ACCESS_DENIED = "ACCESS_DENIED";

	public static final String EXPORT = "EXPORT";

	public static final String IMPORT = "IMPORT";

	/** The well-known actions, for filters and pick lists. */
	public static final List<String> KNOWN = List.of(LOGIN, LOGIN_FAILED, LOGOUT, LOCKOUT, TOKEN_ISSUED, TOKEN_REVOKED,
			PASSWORD_CHANGED, CREATE, UPDATE, DELETE, READ_UNMASKED, ACCESS_DENIED, EXPORT, IMPORT);

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

	private AuditAction() {
	}

	/** True for a name the trail accepts. */
	public static boolean isValid(String action) {
		return action != null && NAME.matcher(action).matches();
	}
}
