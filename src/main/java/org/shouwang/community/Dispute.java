package org.shouwang.community;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dispute (矛盾纠纷) as the API shows it: its code, tier and deadline ({@code overdue}: not closed and past it),
 * parties (masked by default), mediation sessions, result and follow-up visit (回访).
 */
public record Dispute(UUID id, String number, String stationCode, String gridCode, DisputeKind kind, DisputeTier tier,
		String summary, LocalDate receivedOn, LocalDate deadline, DisputeStatus status, String assignedTo,
		LocalDate assignedOn, List<Party> parties, List<MediationSession> sessions, DisputeResult result,
		String referredTo, String resultNote, LocalDate closedOn, LocalDate followUpOn, Satisfaction satisfaction,
		String followUpNote, UUID visitId, boolean overdue, int version) {
}
