package org.shouwang.community;

/** The dispute loop: 受理 RECEIVED → 分流转办 ASSIGNED → 办理 MEDIATING → 办结 CLOSED (with a result). */
public enum DisputeStatus {
	RECEIVED, ASSIGNED, MEDIATING, CLOSED;

	public String messageKey() {
		return "community.dispute.status." + name();
	}
}
