package org.shouwang.events;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/** The event publications module's permission: seeing and retrying incomplete publications (administrators only). */
public final class EventsPermissions implements PermissionSet {

	/** See and retry the incomplete event publications between modules. */
	public static final String EVENTS_ADMIN = "events:admin";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.of(EVENTS_ADMIN));
	}
}
