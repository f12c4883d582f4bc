package org.shouwang.inspection;

import java.util.List;
import java.util.UUID;

/**
 * An inspection of earlier years, for the bulk import (demo district, migration of paper records): the inspection,
 * the days its findings were rectified (null: not yet; same order as the findings), and the penalties it led to.
 */
public record HistoricalInspection(UUID premisesId, InspectionInput inspection, List<java.time.LocalDate> rectifiedOn,
		List<PenaltyInput> penalties) {

	public HistoricalInspection {
		rectifiedOn = rectifiedOn == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rectifiedOn));
		penalties = penalties == null ? List.of() : List.copyOf(penalties);
	}
}
