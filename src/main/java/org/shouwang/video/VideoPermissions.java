package org.shouwang.video;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/**
 * The video registry's permissions: dispatchers and investigators read the cameras, alerts and patrol checks (the
 * leadership reads everything); registering cameras, alert sources and patrol plans is the administrator's.
 */
public final class VideoPermissions implements PermissionSet {

	public static final String CAMERA_READ = "camera:read";

	public static final String CAMERA_WRITE = "camera:write";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(CAMERA_READ, DISPATCHER, INVESTIGATOR), Grant.of(CAMERA_WRITE));
	}
}
