package org.shouwang.organization;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/** The organisation's permissions: everyone working with the district reads it; administrators change it. */
public final class OrganizationPermissions implements PermissionSet {

	public static final String ORG_READ = "org:read";

	public static final String ORG_WRITE = "org:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(ORG_READ, DISPATCHER, OFFICER, INVESTIGATOR, INSPECTOR), Grant.of(ORG_WRITE));
	}
}
