package org.shouwang.command;

/**
 * Timer statistics of one station's incidents in a period ({@code stationCode} null: outside the
 * district): how many, how many reached on scene and within the arrival standard, and the median and
 * 90th percentile of each interval in seconds (null when no incident has it).
 */
public record StationIntervals(String stationCode, long incidents, long arrived, long withinStandard,
		Double shareWithinStandard, Percentiles receivedToDispatched, Percentiles dispatchedToOnScene,
		Percentiles receivedToOnScene, Percentiles onScene) {

	/** Median and 90th percentile of an interval, in seconds. */
	public record Percentiles(Double median, Double p90) {
	}
}
