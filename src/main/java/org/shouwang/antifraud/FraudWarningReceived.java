package org.shouwang.antifraud;

import java.time.Instant;
import java.util.UUID;

/** An early-warning order was received and routed ({@code stationCode} null: the duty desk). */
public record FraudWarningReceived(UUID warningId, String number, String stationCode, RiskLevel riskLevel,
		Instant contactDeadline) {
}
