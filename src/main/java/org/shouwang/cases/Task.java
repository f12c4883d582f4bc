package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A task of an operation or a case, assigned to a unit with a deadline. */
public record Task(UUID id, UUID operationId, String operationNumber, UUID caseId, String caseNumber, String unitCode, String title, OffsetDateTime dueAt, TaskStatus status, OffsetDateTime createdAt, OffsetDateTime doneAt, boolean overdue) {
}
