package org.shouwang.workforce;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/** The team-building permissions: leadership and statistics read the records; administrators (政工) record them. */
public final class WorkforcePermissions implements PermissionSet {

	public static final String WORKFORCE_READ = "workforce:read";

	public static final String WORKFORCE_WRITE = "workforce:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(WORKFORCE_READ), Grant.of(WORKFORCE_WRITE));
	}
}
