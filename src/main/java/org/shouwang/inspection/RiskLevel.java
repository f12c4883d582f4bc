package org.shouwang.inspection;

/** Risk of premises; it sets how often they are inspected (inspection plan by frequency and risk). */
public enum RiskLevel {
	/** Every 90 days. */
	LOW(90),
	/** Every 60 days. */
	MEDIUM(60),
	/** Every 30 days. */
	HIGH(30);

	private final int intervalDays;

	RiskLevel(int intervalDays) {
		this.intervalDays = intervalDays;
	}

	/** Days between two inspections at this risk. */
	public int intervalDays() {
		return intervalDays;
	}

	public String messageKey() {
		return "inspection.risk." + name();
	}
}
