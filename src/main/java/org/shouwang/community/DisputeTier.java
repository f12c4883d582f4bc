package org.shouwang.community;

/** How hard a dispute is; each tier has its deadline from the day received (simple 3, complex 15, difficult 30 days). */
public enum DisputeTier {
	SIMPLE(3), COMPLEX(15), DIFFICULT(30);

	private final int days;

	DisputeTier(int days) {
		this.days = days;
	}

	/** Days from receipt to the deadline. */
	public int days() {
		return days;
	}

	public String messageKey() {
		return "community.dispute.tier." + name();
	}
}
