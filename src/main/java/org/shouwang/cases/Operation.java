package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A synthesised operation (合成作战) with its cases, incidents and tasks. */
public record Operation(UUID id, String number, String name, String leadUnit, List<String> units, String status, OffsetDateTime startedAt, OffsetDateTime closedAt, String summary, List<CaseSummary> cases, List<LinkedIncident> incidents, List<Task> tasks, boolean demo) {
}
