package org.shouwang.command;

import java.util.EnumMap;
import java.util.Map;

import org.shouwang.organization.DutyUnitKind;

import org.springframework.stereotype.Component;

/** Travel time = great-circle distance × detour factor ÷ the kind's average speed. */
@Component
class StraightLineTravelTimes implements TravelTimeEstimator {

	private final Map<DutyUnitKind, Double> secondsPerMeter = new EnumMap<>(DutyUnitKind.class);

	private final double detourFactor;

	private final double minSecondsPerMeter;

	StraightLineTravelTimes(CommandProperties properties) {
		this.detourFactor = properties.travel().detourFactor();
		double fastest = Double.MAX_VALUE;
		for (DutyUnitKind kind : DutyUnitKind.values()) {
			double kmh = properties.travel().speedKmh().getOrDefault(kind, 5.0);
			double spm = 3.6 / kmh;
			secondsPerMeter.put(kind, spm);
			fastest = Math.min(fastest, spm);
		}
		this.minSecondsPerMeter = fastest * detourFactor;
	}

	@Override
	public double etaSeconds(DutyUnitKind kind, double fromLat, double fromLng, double toLat, double toLng,
			double distanceMeters) {
		return distanceMeters * detourFactor * secondsPerMeter.get(kind);
	}

	@Override
	public double minSecondsPerMeter() {
		return minSecondsPerMeter;
	}
}
