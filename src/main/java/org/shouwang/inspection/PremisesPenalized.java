package org.shouwang.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** A penalty was decided on premises (a suspension also sets them {@link PremisesStatus#SUSPENDED}). */
public record PremisesPenalized(UUID penaltyId, UUID premisesId, PenaltyKind kind, LocalDate decidedOn,
		String caseNumber, String stationCode) {
}
