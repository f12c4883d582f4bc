package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.UUID;

/** A remediation project was closed (remediated or not). */
public record RemediationClosed(UUID projectId, boolean remediated, LocalDate closedOn, String stationCode) {
}
