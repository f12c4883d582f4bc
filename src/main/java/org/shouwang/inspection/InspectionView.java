package org.shouwang.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded inspection with its findings. */
public record InspectionView(UUID id, String number, UUID premisesId, String premisesName, PremisesType premisesType,
		InspectionKind kind, LocalDate inspectedOn, List<String> inspectors, String partsChecked, InspectionResult result,
		String advice, String stationCode, List<FindingView> findings) {
}
