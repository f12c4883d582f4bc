package org.shouwang.antifraud;

import java.util.Locale;
import java.util.Optional;

/** Risk level of an early-warning order as the anti-fraud centre grades it: 高 / 中 / 低. */
public enum RiskLevel {

	HIGH("高"), MEDIUM("中"), LOW("低");

	private final String labelZh;

	RiskLevel(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}

	public String messageKey() {
		return "antifraud.risk." + name();
	}

	/** Reads HIGH/MEDIUM/LOW (any case) or 高/中/低 (also 高风险 …); empty for anything else. */
	public static Optional<RiskLevel> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.strip();
		for (RiskLevel level : values()) {
			if (level.name().equals(v.toUpperCase(Locale.ROOT)) || v.equals(level.labelZh)
					|| v.equals(level.labelZh + "风险")) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}
}
