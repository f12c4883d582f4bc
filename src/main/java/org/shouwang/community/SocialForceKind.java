package org.shouwang.community;

/** What kind of social force (the N of 3+N) a member is: 保安, 物业, 红袖标, 平安志愿者, 楼栋长 … */
public enum SocialForceKind {
	SECURITY_GUARD, PROPERTY_MANAGER, RED_ARMBAND, SAFETY_VOLUNTEER, BUILDING_LEADER, OTHER;

	public String messageKey() {
		return "community.force." + name();
	}
}
