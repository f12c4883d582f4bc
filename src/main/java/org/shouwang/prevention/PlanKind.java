package org.shouwang.prevention;

/** The special period a patrol plan covers. */
public enum PlanKind {
	NEW_YEAR, SPRING_FESTIVAL, QINGMING, LABOUR_DAY, DRAGON_BOAT, NATIONAL_DAY, MAJOR_EVENT, OTHER;

	public String messageKey() {
		return "prevention.planKind." + name();
	}
}
