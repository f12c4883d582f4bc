package org.shouwang.video;

/** Whether a patrol check or an alert has opened an incident. */
public enum IncidentLink {
	/** Nothing to open (a normal check). */
	NONE,
	/** The incident was opened; its number is kept. */
	OPENED,
	/** An incident is due but no incident intake was available yet; it is forwarded later. */
	PENDING_INCIDENT,
	/** A duplicate alert: the earlier alert's incident covers it. */
	DUPLICATE;

	public String messageKey() {
		return "video.incident." + name();
	}
}
