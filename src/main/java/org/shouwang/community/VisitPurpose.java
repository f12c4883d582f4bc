package org.shouwang.community;

/** Why a visit was made: safety advice, anti-fraud, a dispute, a hazard check, a service request. */
public enum VisitPurpose {
	SAFETY_ADVICE, ANTI_FRAUD, DISPUTE, HAZARD_CHECK, SERVICE_REQUEST;

	public String messageKey() {
		return "community.purpose." + name();
	}
}
