package org.shouwang.antifraud;

/** Where an early-warning order stands: received → contacted (call / SMS) → visited (见面劝阻) → closed with an outcome. */
public enum WarningStatus {
	NEW, CONTACTED, VISITED, CLOSED;

	public String messageKey() {
		return "antifraud.status." + name();
	}
}
