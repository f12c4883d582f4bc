package org.shouwang.command;

/** The fixed categories of incidents (警情类别); their subtypes are catalogue data. */
public enum IncidentCategory {

	/** 刑事. */
	CRIMINAL,
	/** 治安. */
	PUBLIC_ORDER,
	/** 交通. */
	TRAFFIC,
	/** 火灾. */
	FIRE,
	/** 求助. */
	HELP,
	/** 纠纷. */
	DISPUTE,
	/** 举报. */
	REPORT,
	/** 其他. */
	OTHER;

	public String messageKey() {
		return "incident.category." + name();
	}
}
