package org.shouwang.command.video;

/**
 * The port through which abnormal patrol checks and analytics alerts open incidents (channel VIDEO_ALERT).
 * Implemented by the command centre's incident intake. While no implementation is present, checks and
 * alerts are stored as {@link IncidentLink#PENDING_INCIDENT} and forwarded later by
 * {@link PendingVideoIncidents#forwardPending()}.
 */
public interface VideoIncidentSink {

	/**
	 * Opens an incident for the alert, in the caller's transaction, and returns its number (or id). Called
	 * at most once per {@link VideoAlert#reference()} by this module, but implementations should be
	 * idempotent on it.
	 */
	String openVideoAlertIncident(VideoAlert alert);
}
