package org.shouwang.video;

import java.time.Instant;

/**
 * One camera in an operator's work queue: the plan that makes it due soonest, its last check (any plan),
 * when it is due and whether that is overdue.
 */
public record QueueItem(String cameraCode, String cameraName, String stationCode, long planId, String planName,
		int intervalMinutes, boolean keySpot, String operatorUnit, Instant lastCheckedAt, Instant dueAt,
		QueueState state, long minutesOverdue) {
}
