package org.shouwang.cases;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A case with everything on its page: timeline, persons (masked), apprehensions, property, linked incidents, operation and tasks, and whether it counts as command-assisted. */
public record CaseDetail(UUID id, String number, CaseKind kind, Offence offence, CaseStatus status, CaseSource source, String title, String summary, String stationCode, String responsibleUnit, Long leadInvestigatorId, String leadInvestigatorName, boolean enterpriseRelated, OffsetDateTime receivedAt, OffsetDateTime stageStartedAt, OffsetDateTime stageDueAt, boolean overdue, OffsetDateTime registeredAt, OffsetDateTime declinedAt, String declineReason, OffsetDateTime investigatingAt, OffsetDateTime solvedAt, boolean factsProven, boolean actProven, boolean mainSuspectInCustody, OffsetDateTime prosecutedAt, OffsetDateTime withdrawnAt, String withdrawReason, OffsetDateTime decidedAt, Penalty penalty, BigDecimal fineYuan, Integer detentionDays, OffsetDateTime mediatedAt, OffsetDateTime concludedAt, int reopenCount, OffsetDateTime reopenedAt, String reopenReason, boolean commandAssisted, OperationSummary operation, List<CaseTimelineEntry> timeline, List<Person> persons, List<Apprehension> apprehensions, List<RecoveredProperty> property, List<LinkedIncident> incidents, List<Task> tasks, boolean demo) {
}
