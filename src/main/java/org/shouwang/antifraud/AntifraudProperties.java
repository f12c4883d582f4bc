package org.shouwang.antifraud;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the anti-fraud work ({@code shouwang.antifraud.*}).
 *
 * @param deadlines per risk level: phone contact and face-to-face dissuasion, counted from reception
 *                  ({@code shouwang.antifraud.deadlines.high.contact=10m}); defaults high 10 min / 2 h,
 *                  medium 30 min / 12 h, low 2 h / 48 h
 * @param escalationInterval how often missed deadlines are looked for and escalated (default 30 s)
 * @param timestampTolerance how far a signed request's timestamp may be from our clock (default 5 min)
 */
@ConfigurationProperties("shouwang.antifraud")
public record AntifraudProperties(Map<RiskLevel, Deadlines> deadlines, Duration escalationInterval,
		Duration timestampTolerance) {

	public AntifraudProperties {
		Map<RiskLevel, Deadlines> all = new EnumMap<>(RiskLevel.class);
		all.put(RiskLevel.HIGH, new Deadlines(Duration.ofMinutes(10), Duration.ofHours(2)));
		all.put(RiskLevel.MEDIUM, new Deadlines(Duration.ofMinutes(30), Duration.ofHours(12)));
		all.put(RiskLevel.LOW, new Deadlines(Duration.ofHours(2), Duration.ofHours(48)));
		if (deadlines != null) {
			deadlines.forEach((level, d) -> all.merge(level, d, (base, given) -> new Deadlines(
					given.contact() != null ? given.contact() : base.contact(),
					given.visit() != null ? given.visit() : base.visit())));
		}
		deadlines = Map.copyOf(all);
		escalationInterval = escalationInterval == null ? Duration.ofSeconds(30) : escalationInterval;
		timestampTolerance = timestampTolerance == null ? Duration.ofMinutes(5) : timestampTolerance;
	}

	/** The deadlines of one risk level. */
	public Deadlines of(RiskLevel level) {
		return deadlines.get(level);
	}

	/** How long after reception the victim must be contacted and met. */
	public record Deadlines(Duration contact, Duration visit) {
	}
}
