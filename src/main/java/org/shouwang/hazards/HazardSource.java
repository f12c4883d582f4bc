package org.shouwang.hazards;

/** What found a hazard; the reference names the finding record in the finder's module (a visit, an inspection …). */
public enum HazardSource {
	/** 社区巡查: community officers and grid teams on patrol. */
	COMMUNITY_PATROL,
	/** 入户走访: found on a household or shop visit. */
	HOUSEHOLD_VISIT,
	/** 行业场所检查. */
	INSPECTION,
	/** 校园及周边安全检查. */
	CAMPUS_CHECK,
	/** 银行网点安全评估. */
	BANK_ASSESSMENT,
	/** Anything else (a report from the public, another authority …). */
	OTHER;

	/** True for hazards found by community policing (排查发现风险隐患). */
	public boolean communityPolicing() {
		return this == COMMUNITY_PATROL || this == HOUSEHOLD_VISIT;
	}

	public String messageKey() {
		return "hazard.source." + name();
	}
}
