package org.shouwang.prevention;

import java.time.Instant;
import java.util.List;

/** A roster solve: whether it runs, its outcome, and the best score over time (milliseconds since its start). */
public record SolveProgress(String status, Instant startedAt, Instant endedAt, String bestScore, List<Point> points) {

	public record Point(long millis, long hard, long soft) {
	}
}
