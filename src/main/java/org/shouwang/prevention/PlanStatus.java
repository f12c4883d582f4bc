package org.shouwang.prevention;

/** A plan is drafted, then rostered (a roster without hard-rule violations), then published (in force). */
public enum PlanStatus {
	DRAFT, ROSTERED, PUBLISHED;

	public String messageKey() {
		return "prevention.planStatus." + name();
	}
}
