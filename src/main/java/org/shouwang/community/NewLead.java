package org.shouwang.community;

/** A lead a volunteer reports: what and where (an address and the position, which the incident needs). */
public record NewLead(String teamCode, java.util.UUID volunteerId, String summary, String address, Double lat,
		Double lng) {
}
