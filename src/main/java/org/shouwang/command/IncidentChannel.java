package org.shouwang.command;

/** How an incident reached the command centre. */
public enum IncidentChannel {

	/** 110 报警电话. */
	CALL_110,
	/** 视频巡查或视频分析告警. */
	VIDEO_ALERT,
	/** 巡逻发现. */
	PATROL,
	/** 网上报警. */
	ONLINE,
	/** 其他部门转来. */
	TRANSFER,
	/** 来所报警. */
	WALK_IN;

	public String messageKey() {
		return "incident.channel." + name();
	}
}
