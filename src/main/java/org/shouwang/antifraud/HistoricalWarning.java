package org.shouwang.antifraud;

import java.time.Instant;
import java.util.Set;

/**
 * A closed order of an earlier period for the bulk import ({@link FraudWarnings#importHistory}): what was received,
 * and how it went. The import replays it through the order's own rules (contact, visit, outcome).
 *
 * @param contactedAt null when the victim was never reached (then the outcome is UNREACHABLE or DEFRAUDED)
 * @param visitedAt null without a face-to-face dissuasion
 */
public record HistoricalWarning(String externalId, String victimPhone, Double lat, Double lng, String victimAddress,
		RiskLevel riskLevel, FraudType fraudType, String suspiciousContact, Instant receivedAt,
		ContactMethod contactMethod, Instant contactedAt, Instant visitedAt, Set<ChecklistItem> checklist,
		WarningOutcome outcome, Instant closedAt, long amount, String note) {
}
