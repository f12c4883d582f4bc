package org.shouwang.command;

import java.time.Instant;
import java.util.UUID;

/** The units sent to an incident are on their way. */
public record IncidentEnRoute(UUID incidentId, String number, String stationCode, String gridCode, Instant at) {
}
