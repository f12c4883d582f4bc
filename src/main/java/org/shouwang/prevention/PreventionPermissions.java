package org.shouwang.prevention;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/** Prevention and control's permissions: read by the branch's readers, planned and changed by administrators. */
public final class PreventionPermissions implements PermissionSet {

	public static final String PREVENTION_READ = "prevention:read";

	public static final String PREVENTION_WRITE = "prevention:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(PREVENTION_READ), Grant.of(PREVENTION_WRITE));
	}
}
