package org.shouwang.enterprise;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/** The 警企 liaison permissions: station officers keep the liaison work of their station; leadership and statistics read it. */
public final class EnterprisePermissions implements PermissionSet {

	public static final String ENTERPRISE_READ = "enterprise:read";

	public static final String ENTERPRISE_WRITE = "enterprise:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(ENTERPRISE_READ, OFFICER), Grant.of(ENTERPRISE_WRITE, OFFICER));
	}
}
