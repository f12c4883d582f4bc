package org.shouwang.community;

/** The parties' satisfaction at the follow-up visit (回访). */
public enum Satisfaction {
	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED;

	public String messageKey() {
		return "community.satisfaction." + name();
	}
}
