package org.shouwang.community;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/**
 * The grid policing permissions (grid teams, volunteers, visits, disputes, publicity): station and community
 * officers keep the records of their station; the leadership and statistics read them.
 */
public final class CommunityPermissions implements PermissionSet {

	public static final String COMMUNITY_READ = "community:read";

	public static final String COMMUNITY_WRITE = "community:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(COMMUNITY_READ, OFFICER), Grant.of(COMMUNITY_WRITE, OFFICER));
	}
}
