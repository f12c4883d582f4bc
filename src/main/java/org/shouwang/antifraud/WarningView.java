package org.shouwang.antifraud;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.shouwang.audit.Masking;

/**
 * An order as the API and the pages show it: the victim's phone masked ({@code 138****0000}); the full number
 * only through the audited unmasking read. {@code routedTo} is STATION or DUTY_DESK (no station found for the
 * victim's location); {@code overdue} and {@code missedDeadline} as of the answer's time.
 */
public record WarningView(UUID id, String number, WarningChannel channel, String sourceCode, String externalId,
		String victimPhone, String victimAddress, Double lat, Double lng, String gridCode, String stationCode,
		String routedTo, RiskLevel riskLevel, FraudType fraudType, String suspiciousContact, String summary,
		Instant receivedAt, Instant contactDeadline, Instant visitDeadline, WarningStatus status,
		ContactMethod contactMethod, Instant contactedAt, Boolean contactedInTime, Instant visitedAt,
		List<ChecklistItem> checklist, WarningOutcome outcome, Instant closedAt, Long lossAvoided, Long lossAmount,
		String urgentStopAccount, String outcomeNote, Instant escalatedAt, String escalationReason, boolean overdue,
		String missedDeadline, boolean demo) {

	/** The view of an order at {@code now}, phone masked. */
	public static WarningView of(FraudWarning w, Instant now) {
		return new WarningView(w.id(), w.number(), w.channel(), w.sourceCode(), w.externalId(), Masking.phone(w.victimPhone()),
				w.victimAddress(), w.lat(), w.lng(), w.gridCode(), w.stationCode(),
				w.stationCode() == null ? "DUTY_DESK" : "STATION", w.riskLevel(), w.fraudType(), w.suspiciousContact(),
				w.summary(), w.receivedAt(), w.contactDeadline(), w.visitDeadline(), w.status(), w.contactMethod(),
				w.contactedAt(), w.contactedInTime(), w.visitedAt(), List.copyOf(w.checklist()), w.outcome(), w.closedAt(),
				w.lossAvoided(), w.lossAmount(), w.urgentStopAccount(), w.outcomeNote(), w.escalatedAt(),
				w.escalationReason(), w.overdue(now), w.missedDeadline(now), w.demo());
	}

	/** The deadline running now (contact while not contacted, then the visit), or null once visited or closed. */
	public Instant currentDeadline() {
		if (status == WarningStatus.NEW) {
			return contactDeadline;
		}
		return status == WarningStatus.CONTACTED ? visitDeadline : null;
	}

	public boolean open() {
		return status != WarningStatus.CLOSED;
	}
}
