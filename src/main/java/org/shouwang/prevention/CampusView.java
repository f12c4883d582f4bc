package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A school, kindergarten or hospital with its guard (null when unguarded) and, for schools and kindergartens, its
 * 护学岗 duty (null when none).
 */
public record CampusView(UUID placeId, String kind, String name, String stationCode, GuardMode guardMode, String officer,
		LocalDate guardedSince, Peaks dutyPeaks, Integer dutyOfficers, LocalDate dutySince) {

	public boolean guarded() {
		return guardMode != null;
	}
}
