package org.shouwang.command;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.shouwang.geography.GridType;

import org.springframework.stereotype.Component;

/** The arrival standards per grid type and the command centre's time zone, for timers and statistics. */
@Component
public class CommandTimers {

	private final CommandProperties properties;

	CommandTimers(CommandProperties properties) {
		this.properties = properties;
	}

	/** The arrival standard of a grid type; {@code null} (outside the district) is held to the suburban one. */
	public Duration arrivalStandard(GridType type) {
		return properties.arrivalStandard(type);
	}

	/** Every grid type's arrival standard. */
	public Map<GridType, Duration> arrivalStandards() {
		Map<GridType, Duration> standards = new EnumMap<>(GridType.class);
		for (GridType type : GridType.values()) {
			standards.put(type, properties.arrivalStandard(type));
		}
		return standards;
	}

	/** Percent of the arrival standard from which a running timer shows amber. */
	public int amberPercent() {
		return properties.timers().amberPercent();
	}

	/** Percent of the arrival standard beyond which a timer shows red. */
	public int redPercent() {
		return properties.timers().redPercent();
	}

	/** The level of a timer that has run {@code seconds} against a standard: {@code ok}, {@code warn} or {@code bad}. */
	public String level(long seconds, long standardSeconds) {
		return properties.timers().level(seconds, standardSeconds);
	}

	/** The time zone of days and displayed times (Asia/Shanghai). */
	public ZoneId zone() {
		return properties.zone();
	}
}
