package org.shouwang.community;

/** What a publicity activity is about: anti-fraud, law on campus (法治进校园), safety. */
public enum PublicityTheme {
	ANTI_FRAUD, LAW_ON_CAMPUS, SAFETY;

	public String messageKey() {
		return "community.theme." + name();
	}
}
