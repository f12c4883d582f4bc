package org.shouwang.audit;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/** The audit trail's permissions: the branch leadership reads it (statistics do not); administrators verify it. */
public final class AuditPermissions implements PermissionSet {

	public static final String AUDIT_READ = "audit:read";

	public static final String AUDIT_VERIFY = "audit:verify";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(AUDIT_READ, COMMANDER), Grant.of(AUDIT_VERIFY));
	}
}
