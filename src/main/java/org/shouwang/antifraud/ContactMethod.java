package org.shouwang.antifraud;

/** How the potential victim was first contacted. */
public enum ContactMethod {
	/** 96110 anti-fraud hotline call. */
	CALL_96110,
	/** 12381 warning SMS. */
	SMS_12381,
	/** A call by the station officer. */
	OFFICER_CALL;

	public String messageKey() {
		return "antifraud.contact." + name();
	}
}
