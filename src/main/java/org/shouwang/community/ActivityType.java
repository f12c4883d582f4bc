package org.shouwang.community;

/** A volunteer activity: 护校安园, 邻里守望, 反诈宣传, 线索提供, 巡逻. */
public enum ActivityType {
	SCHOOL_GUARD, NEIGHBOURHOOD_WATCH, ANTIFRAUD_PUBLICITY, LEAD_REPORTING, PATROL;

	public String messageKey() {
		return "community.activity." + name();
	}
}
