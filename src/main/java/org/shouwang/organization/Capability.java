package org.shouwang.organization;

/** A special capability of a duty unit that dispatch can ask for. */
public enum Capability {

	/** 水上救援. */
	WATER_RESCUE,
	/** 医疗急救. */
	MEDICAL_FIRST_AID,
	/** 交通疏导. */
	TRAFFIC,
	/** 谈判. */
	NEGOTIATION,
	/** 人群管控. */
	CROWD_CONTROL,
	/** 武装处突. */
	ARMED_RESPONSE;

	public String messageKey() {
		return "org.capability." + name();
	}
}
