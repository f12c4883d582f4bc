package org.shouwang.command.board;

/**
 * A station's incident intervals over a period: how many incidents, how many were dispatched and reached,
 * median and 90th percentile of reception → first dispatch and first dispatch → on scene (seconds, null
 * when none), and the share of arrivals within the arrival standard (null when none was judged).
 * {@code stationCode} is null for incidents outside every jurisdiction.
 */
public record StationStats(String stationCode, String stationName, long incidents, long dispatched,
		Double receivedToDispatchedMedianSeconds, Double receivedToDispatchedP90Seconds, long arrived,
		Double dispatchedToOnSceneMedianSeconds, Double dispatchedToOnSceneP90Seconds, long arrivalsJudged,
		long arrivalsWithinStandard, Double withinStandardShare) {
}
