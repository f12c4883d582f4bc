package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A synthesised operation in a list. */
public record OperationSummary(UUID id, String number, String name, String leadUnit, List<String> units, String status, OffsetDateTime startedAt, OffsetDateTime closedAt, int cases, int solvedCases, int openTasks, boolean demo) {
}
