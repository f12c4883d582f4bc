package org.shouwang.command.board;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Interval statistics of the incidents reported from {@code from} (inclusive) to {@code to} (exclusive), per
 * station and in total.
 */
public record IntervalStats(OffsetDateTime from, OffsetDateTime to, String stationCode, List<StationStats> stations,
		StationStats total) {
}
