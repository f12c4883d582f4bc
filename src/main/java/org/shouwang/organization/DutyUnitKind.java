package org.shouwang.organization;

/** The kind of a duty unit (执勤单元). */
public enum DutyUnitKind {

	/** 巡逻车组. */
	PATROL_CAR,
	/** 徒步巡组. */
	FOOT_PATROL,
	/** 摩托巡组. */
	MOTORCYCLE,
	/** 便衣组. */
	PLAINCLOTHES,
	/** 特警处突组. */
	SPECIAL_RESPONSE;

	public String messageKey() {
		return "org.dutyKind." + name();
	}
}
