package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An apprehension (抓获) with its online-fugitive withdrawal (撤网): due 48 h after the apprehension; {@code withdrawalOverdue} when it was not withdrawn in time. */
public record Apprehension(UUID id, UUID caseId, String caseNumber, String stationCode, UUID personId, String personName, OffsetDateTime apprehendedAt, String place, String unitCode, boolean commandSupported, boolean onlineFugitive, OffsetDateTime withdrawalDueAt, OffsetDateTime withdrawnAt, boolean withdrawalOverdue, boolean demo) {
}
