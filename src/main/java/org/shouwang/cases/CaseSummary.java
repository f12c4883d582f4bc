package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A case in a list, with its current stage's deadline ({@code stageDueAt}, null for closed cases) and whether it is overdue. */
public record CaseSummary(UUID id, String number, CaseKind kind, Offence offence, CaseStatus status, String title, String stationCode, String responsibleUnit, String leadInvestigatorName, boolean enterpriseRelated, OffsetDateTime receivedAt, OffsetDateTime stageStartedAt, OffsetDateTime stageDueAt, boolean overdue, UUID operationId, boolean demo) {
}
