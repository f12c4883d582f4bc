package org.shouwang.video;

import java.util.List;

/** What a client sends to create or change a patrol plan; {@code activeHours} empty or null = all day. */
public record PatrolPlanInput(String name, Integer intervalMinutes, Boolean keySpot, List<TimeWindow> activeHours,
		String operatorUnit, List<String> cameraCodes, Boolean active) {
}
