package org.shouwang.community;

/** Where a volunteer's lead stands: in the station's queue, turned into an incident, or dismissed. */
public enum LeadStatus {
	NEW, INCIDENT_OPENED, DISMISSED;

	public String messageKey() {
		return "community.lead.status." + name();
	}
}
