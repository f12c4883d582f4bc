package org.shouwang.community;

/** How a closed dispute ended: mediated (调解成功), failed, or referred to a court or another body. */
public enum DisputeResult {
	MEDIATED, FAILED, REFERRED;

	public String messageKey() {
		return "community.dispute.result." + name();
	}
}
