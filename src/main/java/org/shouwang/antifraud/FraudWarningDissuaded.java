package org.shouwang.antifraud;

import java.time.Instant;
import java.util.UUID;

/** A potential victim was dissuaded; {@code lossAvoided} is the estimated loss avoided, 元. */
public record FraudWarningDissuaded(UUID warningId, String number, String stationCode, long lossAvoided,
		Instant dissuadedAt) {
}
