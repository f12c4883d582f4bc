package org.shouwang.inspection;

/** The special industries (特种行业 and other premises under public-security inspection). */
public enum PremisesType {
	/** 旅馆业. */
	HOTEL,
	/** 公章刻制业. */
	SEAL_ENGRAVING,
	/** 废旧金属收购业. */
	SCRAP_METAL,
	/** 机动车修理业. */
	VEHICLE_REPAIR,
	/** 典当业. */
	PAWN,
	/** 涉危涉爆单位. */
	HAZARDOUS_MATERIALS,
	/** 银行网点 (security assessments). */
	BANK_OUTLET;

	public String messageKey() {
		return "inspection.type." + name();
	}
}
