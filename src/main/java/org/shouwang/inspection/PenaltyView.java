package org.shouwang.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded penalty decision. */
public record PenaltyView(UUID id, String number, UUID premisesId, String premisesName, UUID inspectionId, PenaltyKind kind,
		BigDecimal amount, LocalDate suspensionFrom, LocalDate suspensionTo, String legalBasis, String caseNumber,
		LocalDate decidedOn, String stationCode) {
}
