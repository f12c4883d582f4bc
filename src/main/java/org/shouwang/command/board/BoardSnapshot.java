package org.shouwang.command.board;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.shouwang.command.UnitStatus;

/**
 * What the board shows at one moment: the open incidents (most urgent, then oldest first; at most
 * Board.MAX_INCIDENTS, {@code openCount} is the full number), the arrival standard per grid type in
 * seconds, the units and their counts by status. {@code generatedAt} lets clients correct their clock.
 */
public record BoardSnapshot(OffsetDateTime generatedAt, Map<String, Long> arrivalStandardSeconds, long openCount,
		List<BoardIncident> incidents, Map<UnitStatus, Long> unitCounts, List<BoardUnit> units, boolean live) {
}
