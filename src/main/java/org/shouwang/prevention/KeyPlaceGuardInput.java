package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A key place's guard (定点值守 + 动态巡逻 + 视频巡查): fixed posts, the patrol check-in interval in minutes (0: no
 * dynamic patrol) and whether video patrol covers it, from a day on.
 */
public record KeyPlaceGuardInput(UUID placeId, Integer fixedPosts, Integer patrolIntervalMinutes, Boolean videoPatrol,
		LocalDate since) {
}
