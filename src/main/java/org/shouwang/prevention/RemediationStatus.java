package org.shouwang.prevention;

/** A remediation project is open until it is closed as remediated or as not remediated. */
public enum RemediationStatus {
	OPEN, REMEDIATED, NOT_REMEDIATED;

	public String messageKey() {
		return "prevention.remediation.status." + name();
	}
}
