package org.shouwang.organization;

/** What an officer does in their unit. Some roles need a sworn officer, one is for auxiliaries only. */
public enum OfficerRole {

	/** 领导 (局领导, 大队长, 主任, 副所长, 教导员). */
	LEADER(true),
	/** 所长. */
	STATION_CHIEF(true),
	/** 社区民警. */
	COMMUNITY_OFFICER(true),
	/** 巡逻民警. */
	PATROL_OFFICER(false),
	/** 侦查员. */
	INVESTIGATOR(true),
	/** 指挥调度员. */
	DISPATCHER(false),
	/** 情报分析员. */
	ANALYST(false),
	/** 督察员. */
	INSPECTOR(true),
	/** 法制员. */
	LEGAL_OFFICER(true),
	/** 内勤 / 综合. */
	STAFF(false),
	/** 辅警. */
	AUXILIARY(false);

	private final boolean swornOnly;

	OfficerRole(boolean swornOnly) {
		this.swornOnly = swornOnly;
	}

	/** True when only a sworn officer (not an auxiliary) may hold this role. */
	public boolean swornOnly() {
		return swornOnly;
	}

	public String messageKey() {
		return "org.role." + name();
	}
}
