package org.shouwang.antifraud;

import java.time.Instant;
import java.util.UUID;

/** An order was closed with its outcome (every outcome, after the outcome's own event where it has one). */
public record FraudWarningClosed(UUID warningId, String number, String stationCode, WarningOutcome outcome,
		Instant closedAt) {
}
