package org.shouwang.community;

import java.time.LocalDate;
import java.util.List;

import org.shouwang.hazards.HazardCategory;
import org.shouwang.hazards.HazardSeverity;

/**
 * A visit to record in a minute: the grid, the household or shop by address, the purpose and what was found;
 * {@code visitedOn} defaults to today and the officer to the signed-in user's. A {@code hazard} found opens one in the
 * hazards module, a {@code dispute} opens one here, a {@code helpRequest} is noted for the station.
 */
public record NewVisit(String gridCode, Long officerId, LocalDate visitedOn, PremisesKind premises, String address,
		VisitPurpose purpose, String findings, String helpRequest, FoundHazard hazard, RaisedDispute dispute) {

	/** A hazard found on the visit. */
	public record FoundHazard(HazardCategory category, HazardSeverity severity, String description,
			LocalDate deadline, String responsibleParty) {
	}

	/** A dispute raised on the visit. */
	public record RaisedDispute(DisputeKind kind, DisputeTier tier, String summary, List<Party> parties) {
	}
}
