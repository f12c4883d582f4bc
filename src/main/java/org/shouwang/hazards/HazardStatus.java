package org.shouwang.hazards;

/** Where a hazard stands in its one lifecycle: found → rectification ordered → rectified → verified. */
public enum HazardStatus {
	/** 发现: recorded, nothing ordered yet. */
	FOUND,
	/** 责令整改: a responsible party must rectify it by the deadline. */
	RECTIFICATION_ORDERED,
	/** 已整改: the responsible party reports it rectified, with evidence. */
	RECTIFIED,
	/** 已复核: an officer has verified the rectification; the hazard is closed. */
	VERIFIED;

	/** True while the hazard still has to be rectified. */
	public boolean open() {
		return this == FOUND || this == RECTIFICATION_ORDERED;
	}

	public String messageKey() {
		return "hazard.status." + name();
	}
}
