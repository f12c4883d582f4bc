package org.shouwang.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shouwang.inspection.InspectionKind;
import org.shouwang.inspection.InspectionResult;

/** A recorded inspection (家次) of premises and its findings; made only by {@link Premises#inspect}. */
public record Inspection(UUID id, String number, UUID premisesId, InspectionKind kind, LocalDate inspectedOn,
		List<String> inspectors, String partsChecked, InspectionResult result, String advice, String stationCode,
		String gridCode, boolean demo, List<Finding> findings) {

	/** One finding: a hazard with its deadline; {@code hazardId}/{@code rectifiedOn} follow the hazard's lifecycle. */
	public record Finding(UUID id, int seq, String description, LocalDate deadline, UUID hazardId, LocalDate rectifiedOn) {
	}
}
