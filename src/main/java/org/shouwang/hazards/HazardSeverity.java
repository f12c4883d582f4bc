package org.shouwang.hazards;

/** How serious a hazard is; the map colours open hazards by it. */
public enum HazardSeverity {
	LOW, MEDIUM, HIGH, MAJOR;

	public String messageKey() {
		return "hazard.severity." + name();
	}
}
