package org.shouwang.hazards;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/**
 * The hazard register's permissions: station officers and inspectors find, rectify and verify hazards; the
 * leadership and statistics read them.
 */
public final class HazardPermissions implements PermissionSet {

	public static final String HAZARD_READ = "hazard:read";

	public static final String HAZARD_WRITE = "hazard:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(HAZARD_READ, OFFICER, INSPECTOR), Grant.of(HAZARD_WRITE, OFFICER, INSPECTOR));
	}
}
