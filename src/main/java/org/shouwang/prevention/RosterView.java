package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan's roster: every slot with the officers and vehicles in its positions (null: unfilled), the score and the
 * hard rules the roster breaks (none for a roster that was adopted or edited).
 */
public record RosterView(UUID planId, String score, List<String> brokenRules, List<Slot> slots) {

	public record Slot(UUID id, String post, PostKind postKind, String postStation, LocalDate day, Shift shift,
			List<Officer> officers, List<String> vehicles) {
	}

	/** A rostered officer ({@code id} is the organisation's officer id). */
	public record Officer(Long id, String badge, String name, String stationCode, boolean sworn) {
	}
}
