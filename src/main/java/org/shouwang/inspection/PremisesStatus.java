package org.shouwang.inspection;

/** Whether premises may operate: suspended by a 责令停业整顿 order until its end, revoked for good. */
public enum PremisesStatus {
	OPERATING, SUSPENDED, REVOKED;

	public String messageKey() {
		return "inspection.status." + name();
	}
}
