package org.shouwang.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A finding of an inspection, to become a hazard with a deadline in the hazards module's one lifecycle:
 * published once per finding, in the transaction of the inspection.
 */
public record InspectionHazardFound(UUID findingId, UUID inspectionId, UUID premisesId, String premisesName,
		PremisesType premisesType, InspectionKind kind, String description, LocalDate foundOn, LocalDate deadline,
		double lat, double lng, String stationCode, String gridCode) {
}
