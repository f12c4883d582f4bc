package org.shouwang.command;

import java.time.Instant;
import java.util.List;

/**
 * Which incidents a list shows: statuses (any when empty), category, reported from (inclusive) to
 * (exclusive), station. Nulls mean no restriction.
 */
public record IncidentFilter(List<IncidentStatus> statuses, IncidentCategory category, Instant from, Instant to,
		String stationCode) {

	public IncidentFilter {
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
	}
}
