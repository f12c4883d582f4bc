package org.shouwang.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.shouwang.inspection.PenaltyKind;

/** A penalty decision on premises; made only by {@link Premises#penalize}. */
public record Penalty(UUID id, String number, UUID premisesId, UUID inspectionId, PenaltyKind kind, BigDecimal amount,
		LocalDate suspensionFrom, LocalDate suspensionTo, String legalBasis, String caseNumber, LocalDate decidedOn,
		String stationCode, String gridCode, boolean demo) {
}
