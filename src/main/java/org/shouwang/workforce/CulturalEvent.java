package org.shouwang.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** A cultural or sports event (文体活动) with its participants: officers and family members (人次). */
public record CulturalEvent(UUID id, String unitCode, String stationCode, Kinds.EventKind kind, String title,
		LocalDate heldOn, int officerParticipants, int familyParticipants, boolean demo) {

	public int participants() {
		return officerParticipants + familyParticipants;
	}
}
