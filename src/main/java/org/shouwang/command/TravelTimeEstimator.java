package org.shouwang.command;

import org.shouwang.organization.DutyUnitKind;

/**
 * Estimates how long a unit needs to reach a point. The default estimate uses the great-circle distance
 * and an average speed per unit kind; a road-network router can replace it (a bean of this type).
 */
public interface TravelTimeEstimator {

	/** Seconds for a unit of {@code kind} to cover the way between the points; the straight distance is given. */
	double etaSeconds(DutyUnitKind kind, double fromLat, double fromLng, double toLat, double toLng,
			double distanceMeters);

	/**
	 * A lower bound of seconds per metre of straight-line distance over every kind: no unit arrives sooner
	 * than {@code distance × this}. The nearest-unit search stops looking further away on this bound.
	 */
	double minSecondsPerMeter();
}
