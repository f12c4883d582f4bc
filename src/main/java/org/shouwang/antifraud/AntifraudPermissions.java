package org.shouwang.antifraud;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/**
 * The anti-fraud permissions: station officers read and handle the early-warning orders of their station;
 * investigators read them (the cases they open start there); leadership and statistics read them.
 */
public final class AntifraudPermissions implements PermissionSet {

	public static final String ANTIFRAUD_READ = "antifraud:read";

	public static final String ANTIFRAUD_WRITE = "antifraud:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(ANTIFRAUD_READ, OFFICER, INVESTIGATOR), Grant.of(ANTIFRAUD_WRITE, OFFICER));
	}
}
