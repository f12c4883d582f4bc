package org.shouwang.security;

import java.util.List;

/**
 * Names of permissions ({@code @PreAuthorize("hasAuthority('...')")}) kept here for the code that already uses them.
 * A module declares its permissions, and the roles that hold them, in its own
 * {@link org.shouwang.platform.PermissionSet} (see {@code OrganizationPermissions}); the constants of modules that
 * do not yet contribute one are granted by {@link PendingModulePermissions}. New modules define their constants in
 * their own {@code PermissionSet} rather than here.
 */
public final class Permissions {

	public static final String ORG_READ = "org:read";
	public static final String ORG_WRITE = "org:write";
	public static final String GEO_READ = "geo:read";
	public static final String GEO_WRITE = "geo:write";
	public static final String AUDIT_READ = "audit:read";
	public static final String AUDIT_VERIFY = "audit:verify";
	public static final String USER_READ = "user:read";
	public static final String USER_WRITE = "user:write";
	/** See personal data (phone numbers, ID numbers) in full; every such view is audited. */
	public static final String PII_UNMASK = "pii:unmask";
	public static final String INCIDENT_READ = "incident:read";
	public static final String INCIDENT_WRITE = "incident:write";
	public static final String INCIDENT_DISPATCH = "incident:dispatch";
	/** Edit the incident catalogue (subtypes, default priorities); administrators only. */
	public static final String CATALOGUE_WRITE = "catalogue:write";
	public static final String UNIT_READ = "unit:read";
	public static final String UNIT_WRITE = "unit:write";
	public static final String CASE_READ = "case:read";
	public static final String CASE_WRITE = "case:write";
	public static final String PREVENTION_READ = "prevention:read";
	public static final String PREVENTION_WRITE = "prevention:write";
	public static final String INSPECTION_READ = "inspection:read";
	public static final String INSPECTION_WRITE = "inspection:write";

	/**
	 * Every permission the modules contribute ({@link org.shouwang.platform.PermissionSet}), in a stable order:
	 * the order of {@code META-INF/services/org.shouwang.platform.PermissionSet}, then of each module's grants.
	 */
	public static final List<String> ALL = Role.Grants.ALL;

	private Permissions() {
	}
}
