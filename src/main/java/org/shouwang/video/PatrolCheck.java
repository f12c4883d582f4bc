package org.shouwang.video;

import java.time.Instant;

/** One look at one camera by an operator, with what it showed and the incident it opened, if any. */
public record PatrolCheck(long id, String cameraCode, Long planId, CheckResult result, String note, String operator,
		Instant checkedAt, IncidentLink incidentStatus, String incidentRef) {
}
