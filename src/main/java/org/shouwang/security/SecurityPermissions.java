package org.shouwang.security;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/**
 * The security module's permissions: users (the branch leadership reads them, statistics do not) and the right
 * to see personal data unmasked (the roles whose work needs it; every such read is audited).
 */
public final class SecurityPermissions implements PermissionSet {

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(Permissions.USER_READ, COMMANDER), Grant.of(Permissions.USER_WRITE),
				Grant.of(Permissions.PII_UNMASK, COMMANDER, DISPATCHER, OFFICER, INVESTIGATOR));
	}
}
