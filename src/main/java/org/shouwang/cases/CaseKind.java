package org.shouwang.cases;

/** Criminal (刑事) or administrative / public-order (治安) case. */
public enum CaseKind {
	CRIMINAL("XS"), ADMINISTRATIVE("XZ");

	private final String numberPrefix;

	CaseKind(String numberPrefix) {
		this.numberPrefix = numberPrefix;
	}

	/** The prefix of the case numbers of this kind (XS-2025-000123). */
	public String numberPrefix() {
		return numberPrefix;
	}
}
