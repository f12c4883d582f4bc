package org.shouwang.community;

import java.time.LocalDate;
import java.util.List;

/**
 * A dispute of the past for the bulk import, with its course: assigned, mediated in sessions, closed with a result
 * and followed up. Later steps need the earlier ones.
 */
public record HistoricalDispute(String gridCode, DisputeKind kind, DisputeTier tier, String summary,
		LocalDate receivedOn, List<Party> parties, String assignedTo, LocalDate assignedOn,
		List<MediationSession> sessions, DisputeResult result, String referredTo, LocalDate closedOn,
		LocalDate followUpOn, Satisfaction satisfaction) {
}
