package org.shouwang.hazards;

/** What kind of danger a hazard is. */
public enum HazardCategory {
	/** 消防. */
	FIRE,
	/** 治安. */
	PUBLIC_ORDER,
	/** 交通. */
	TRAFFIC,
	/** 房屋建筑. */
	BUILDING,
	/** 技防 (cameras, alarms, locks). */
	TECHNICAL_DEFENCE,
	OTHER;

	public String messageKey() {
		return "hazard.category." + name();
	}
}
