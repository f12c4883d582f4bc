package org.shouwang.inspection;

import java.time.LocalDate;
import java.util.UUID;

/** An inspection was recorded. */
public record PremisesInspected(UUID inspectionId, UUID premisesId, InspectionKind kind, LocalDate inspectedOn,
		InspectionResult result, int findings, String stationCode) {
}
