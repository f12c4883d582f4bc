package org.shouwang.antifraud;

import java.time.Instant;
import java.util.UUID;

/**
 * A deadline of an order passed unmet and the order was escalated to the station chief (the duty desk's
 * leader for unrouted orders). {@code missed} is CONTACT or VISIT.
 */
public record FraudWarningOverdue(UUID warningId, String number, String stationCode, String missed, Instant deadline) {
}
