package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A key place under guard: its modes, whether all three are in force, today's patrol check-ins and the patrol windows
 * (08:00–22:00, one per interval) that passed today without one.
 */
public record KeyPlaceGuardView(UUID id, UUID placeId, String placeName, String stationCode, double lat, double lng,
		int fixedPosts, int patrolIntervalMinutes, boolean videoPatrol, boolean allModes, LocalDate since, LocalDate until,
		List<CheckIn> checkInsToday, int missedToday) {

	public record CheckIn(UUID id, String officer, java.time.Instant at, String findings) {
	}
}
