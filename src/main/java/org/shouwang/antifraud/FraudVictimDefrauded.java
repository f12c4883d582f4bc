package org.shouwang.antifraud;

import java.time.Instant;
import java.util.UUID;

/**
 * The potential victim of an order had already been defrauded: the case work opens a telecom/online fraud
 * case from it (module {@code cases}) and an urgent payment stop (紧急止付) was requested for
 * {@code urgentStopAccount} when one is given. No personal data of the victim travels with the event: the
 * case refers to the order by {@code warningId} / {@code number}.
 *
 * @param lossAmount the amount transferred, 元 (0 when unknown)
 * @param suspiciousContact the fraudster's number, account or handle the centre named
 */
public record FraudVictimDefrauded(UUID warningId, String number, String stationCode, String gridCode,
		FraudType fraudType, long lossAmount, String suspiciousContact, String urgentStopAccount, Instant recordedAt) {
}
