package org.shouwang.community;

import java.time.LocalDate;
import java.util.UUID;

/** A household or shop visit (走访), with the hazard or dispute it opened, if any. */
public record Visit(UUID id, String stationCode, String gridCode, Long officerId, String officerName,
		LocalDate visitedOn, PremisesKind premises, String address, VisitPurpose purpose, String findings,
		String helpRequest, UUID hazardId, String hazardNumber, UUID disputeId, String disputeNumber) {
}
