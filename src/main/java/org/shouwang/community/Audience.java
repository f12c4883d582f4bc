package org.shouwang.community;

/** Who a publicity activity addresses. */
public enum Audience {
	RESIDENTS, STUDENTS, ELDERLY, ENTERPRISE, BANK_CUSTOMERS, OTHER;

	public String messageKey() {
		return "community.audience." + name();
	}
}
