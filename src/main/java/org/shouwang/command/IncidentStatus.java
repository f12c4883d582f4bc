package org.shouwang.command;

/**
 * The life of an incident: NEW → DISPATCHED → (EN_ROUTE →) ON_SCENE → CLEARED; a duplicate may instead be
 * closed as MERGED into another incident.
 */
public enum IncidentStatus {

	NEW, DISPATCHED, EN_ROUTE, ON_SCENE, CLEARED, MERGED;

	/** True while the incident still needs the command centre's attention. */
	public boolean isOpen() {
		return this != CLEARED && this != MERGED;
	}

	public String messageKey() {
		return "incident.status." + name();
	}
}
