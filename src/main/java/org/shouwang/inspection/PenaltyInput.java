package org.shouwang.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A penalty decision: its kind, the fine's amount, a suspension's period, the legal basis, the case number where a
 * case exists, and the inspection that led to it (optional).
 */
public record PenaltyInput(PenaltyKind kind, LocalDate decidedOn, BigDecimal amount, LocalDate suspensionFrom,
		LocalDate suspensionTo, String legalBasis, String caseNumber, UUID inspectionId) {
}
