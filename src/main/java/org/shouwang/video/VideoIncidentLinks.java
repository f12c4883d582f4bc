package org.shouwang.video;

/**
 * How the command centre tells video which incident a {@link VideoAlertRaised} opened: the alert or check leaves
 * PENDING_INCIDENT for OPENED with the incident's number (an alert's duplicates get the number too). Idempotent:
 * linking an already linked reference again changes nothing.
 */
public interface VideoIncidentLinks {

	/**
	 * Links the alert or check of this reference to the incident; throws {@link IllegalArgumentException} for a
	 * reference that names no stored alert or check.
	 */
	void link(String reference, String incidentNumber);
}
