package org.shouwang.community;

/** Which disputes to list; all optional. {@code open}: not closed; {@code overdue}: not closed and past the deadline. */
public record DisputeFilter(String stationCode, String gridCode, DisputeStatus status, DisputeTier tier,
		DisputeResult result, Boolean open, Boolean overdue) {
}
