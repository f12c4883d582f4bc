package org.shouwang.community;

/** What a dispute is about. */
public enum DisputeKind {
	NEIGHBOUR, FAMILY, PROPERTY, LABOUR, CONTRACT, TRAFFIC, OTHER;

	public String messageKey() {
		return "community.dispute.kind." + name();
	}
}
