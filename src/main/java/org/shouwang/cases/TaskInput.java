package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A task to assign: to a unit, with a deadline, optionally about one case (of the operation). */
public record TaskInput(String unitCode, String title, OffsetDateTime dueAt, UUID caseId) {
}
