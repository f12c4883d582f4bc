package org.shouwang.community;

/** A member's place in a grid's 3+N team: the three core roles and the N social forces. */
public enum TeamRole {
	COMMUNITY_OFFICER, AUXILIARY_OFFICER, GRID_WORKER, SOCIAL_FORCE;

	/** True for the three roles a full team must have (社区民警, 辅警, 网格员). */
	public boolean core() {
		return this != SOCIAL_FORCE;
	}

	public String messageKey() {
		return "community.role." + name();
	}
}
