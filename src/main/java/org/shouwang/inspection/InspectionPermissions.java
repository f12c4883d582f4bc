package org.shouwang.inspection;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/** The inspections' permissions: inspectors (and station officers through their role) record; leadership reads. */
public final class InspectionPermissions implements PermissionSet {

	public static final String INSPECTION_READ = "inspection:read";

	public static final String INSPECTION_WRITE = "inspection:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(INSPECTION_READ, INSPECTOR), Grant.of(INSPECTION_WRITE, INSPECTOR));
	}
}
