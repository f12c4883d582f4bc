package org.shouwang.inspection;

/** An inspection's result: passed, or hazards found (then each finding is a hazard with a deadline). */
public enum InspectionResult {
	PASSED, HAZARDS_FOUND;

	public String messageKey() {
		return "inspection.result." + name();
	}
}
