package org.shouwang.organization;

/** The ranks of the people's police (二级警员 … 一级警监), lowest first, and 辅警 for auxiliaries (not sworn). */
public enum PoliceRank {

	CONSTABLE_2, CONSTABLE_1,
	SERGEANT_3, SERGEANT_2, SERGEANT_1,
	SUPERVISOR_3, SUPERVISOR_2, SUPERVISOR_1,
	SUPERINTENDENT_3, SUPERINTENDENT_2, SUPERINTENDENT_1,
	/** 辅警: an auxiliary, not a sworn officer. */
	AUXILIARY;

	/** True for the ranks of sworn officers (民警). */
	public boolean sworn() {
		return this != AUXILIARY;
	}

	public String messageKey() {
		return "org.rank." + name();
	}
}
