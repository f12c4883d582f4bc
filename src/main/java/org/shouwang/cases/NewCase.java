package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A case to open directly (walk-in report, transfer) or from incidents: the offence decides the kind; station and responsible unit are unit codes; the lead investigator is an officer id, or null; {@code incidentIds} are incidents to link (optional). */
public record NewCase(Offence offence, CaseSource source, String title, String summary, String stationCode, String responsibleUnit, Long leadInvestigatorId, Boolean enterpriseRelated, OffsetDateTime receivedAt, List<UUID> incidentIds) {
}
