package org.shouwang.geography;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/** The map's permissions: everyone working with the district reads it; administrators import grids and places. */
public final class GeographyPermissions implements PermissionSet {

	public static final String GEO_READ = "geo:read";

	public static final String GEO_WRITE = "geo:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(GEO_READ, DISPATCHER, OFFICER, INVESTIGATOR, INSPECTOR), Grant.of(GEO_WRITE));
	}
}
