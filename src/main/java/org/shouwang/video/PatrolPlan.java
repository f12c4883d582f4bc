package org.shouwang.video;

import java.time.Instant;
import java.util.List;

/**
 * A video patrol plan: the cameras an operator unit looks at every {@code intervalMinutes} during the
 * active hours (all day when empty). A key-spot plan (set, or watching a key place) is checked at least
 * every 30 minutes.
 */
public record PatrolPlan(long id, String name, int intervalMinutes, boolean keySpot, List<TimeWindow> activeHours,
		String operatorUnit, List<String> cameraCodes, boolean active, boolean demo, Instant createdAt) {

	public PatrolPlan {
		activeHours = List.copyOf(activeHours);
		cameraCodes = List.copyOf(cameraCodes);
	}
}
