package org.shouwang.command;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.shouwang.geography.GridType;
import org.shouwang.organization.DutyUnitKind;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the command centre ({@code shouwang.command.*}).
 *
 * @param zone              time zone of readable numbers, days and displayed times (Asia/Shanghai)
 * @param clockSkew         how far in the future a reported time may lie (clients' clocks differ)
 * @param arrivalStandard   reception → on scene standard per grid type (urban 5 min, suburban 10 min);
 *                          a point outside the district is held to the suburban standard
 * @param duplicates        when a new incident is flagged as a possible duplicate
 * @param travel            the straight-line travel time estimate
 * @param unitIndex         the in-memory index of available units
 * @param timers            when an incident's timer turns amber and red against its arrival standard
 */
@ConfigurationProperties("shouwang.command")
record CommandProperties(ZoneId zone, Duration clockSkew, Map<GridType, Duration> arrivalStandard,
		Duplicates duplicates, Travel travel, UnitIndexSettings unitIndex, Timers timers) {

	CommandProperties {
		zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
		clockSkew = clockSkew == null ? Duration.ofMinutes(5) : clockSkew;
		Map<GridType, Duration> standards = new EnumMap<>(GridType.class);
		standards.put(GridType.URBAN, Duration.ofMinutes(5));
		standards.put(GridType.SUBURBAN, Duration.ofMinutes(10));
		if (arrivalStandard != null) {
			standards.putAll(arrivalStandard);
		}
		arrivalStandard = Map.copyOf(standards);
		duplicates = duplicates == null ? new Duplicates(null, null, null) : duplicates;
		travel = travel == null ? new Travel(null, null) : travel;
		unitIndex = unitIndex == null ? new UnitIndexSettings(null, null) : unitIndex;
		timers = timers == null ? new Timers(null, null) : timers;
	}

	/** The arrival standard of a grid type ({@code null}: outside the district, suburban standard). */
	Duration arrivalStandard(GridType type) {
		return arrivalStandard.get(type == null ? GridType.SUBURBAN : type);
	}

	/**
	 * @param window       same category within this time of an open incident …
	 * @param radiusMeters … and within this distance
	 * @param phoneWindow  or the same caller phone within this time
	 */
	record Duplicates(Duration window, Integer radiusMeters, Duration phoneWindow) {

		Duplicates {
			window = window == null ? Duration.ofMinutes(10) : window;
			radiusMeters = radiusMeters == null ? 300 : radiusMeters;
			phoneWindow = phoneWindow == null ? Duration.ofMinutes(30) : phoneWindow;
		}
	}

	/**
	 * @param speedKmh     average speed per unit kind, km/h
	 * @param detourFactor road distance / straight-line distance
	 */
	record Travel(Map<DutyUnitKind, Double> speedKmh, Double detourFactor) {

		Travel {
			Map<DutyUnitKind, Double> speeds = new EnumMap<>(DutyUnitKind.class);
			speeds.put(DutyUnitKind.PATROL_CAR, 30.0);
			speeds.put(DutyUnitKind.SPECIAL_RESPONSE, 35.0);
			speeds.put(DutyUnitKind.MOTORCYCLE, 28.0);
			speeds.put(DutyUnitKind.PLAINCLOTHES, 25.0);
			speeds.put(DutyUnitKind.FOOT_PATROL, 5.0);
			if (speedKmh != null) {
				speeds.putAll(speedKmh);
			}
			speedKmh = Map.copyOf(speeds);
			detourFactor = detourFactor == null ? 1.3 : detourFactor;
		}
	}

	/**
	 * The timer thresholds, in percent of the arrival standard, for the pages (server-side) and the board's script
	 * alike (served to it): amber from {@code amberPercent}, red beyond {@code redPercent}.
	 */
	record Timers(Integer amberPercent, Integer redPercent) {

		Timers {
			amberPercent = amberPercent == null ? 80 : amberPercent;
			redPercent = redPercent == null ? 100 : redPercent;
			if (amberPercent < 1 || amberPercent > redPercent) {
				throw new IllegalArgumentException("shouwang.command.timers: amber-percent must be between 1 and red-percent");
			}
		}

		/** The timer's level after {@code seconds} against a standard of {@code standardSeconds}: ok, warn or bad. */
		String level(long seconds, long standardSeconds) {
			if (seconds * 100 > standardSeconds * redPercent) {
				return "bad";
			}
			return seconds * 100 >= standardSeconds * amberPercent ? "warn" : "ok";
		}
	}

	/**
	 * @param cellMeters   side of an index cell; not set: sized from the units' density (one unit per cell)
	 * @param referenceLat latitude of the district (scale of longitude in the index's projection)
	 */
	record UnitIndexSettings(Double cellMeters, Double referenceLat) {

		UnitIndexSettings {
			referenceLat = referenceLat == null ? 35.3 : referenceLat;
		}
	}
}
