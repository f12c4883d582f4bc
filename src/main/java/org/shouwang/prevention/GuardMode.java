package org.shouwang.prevention;

/** How a school, kindergarten or hospital is guarded: 一校一警 resident officer, 一院一室 police room, or linked duty. */
public enum GuardMode {
	RESIDENT_OFFICER, POLICE_ROOM, LINKED_DUTY;

	public String messageKey() {
		return "prevention.guardMode." + name();
	}
}
