package org.shouwang.command;

/** The statuses a progress report can set on an incident. */
public enum ProgressStatus {

	EN_ROUTE, ON_SCENE, CLEARED;

	IncidentStatus incidentStatus() {
		return IncidentStatus.valueOf(name());
	}
}
