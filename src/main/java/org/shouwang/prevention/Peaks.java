package org.shouwang.prevention;

/** The school-run peaks a 护学岗 duty covers. */
public enum Peaks {
	MORNING, AFTERNOON, BOTH;

	public String messageKey() {
		return "prevention.peaks." + name();
	}
}
