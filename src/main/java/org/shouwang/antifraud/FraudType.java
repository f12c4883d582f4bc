package org.shouwang.antifraud;

import java.util.Locale;
import java.util.Optional;

/** The kind of telecom or online fraud the centre's warning names (the common classification of 电信网络诈骗). */
public enum FraudType {

	ORDER_BRUSHING("刷单返利"),
	FAKE_INVESTMENT("虚假投资理财"),
	FAKE_LOAN("虚假网络贷款"),
	FAKE_CUSTOMER_SERVICE("冒充电商物流客服"),
	IMPERSONATING_AUTHORITIES("冒充公检法"),
	FAKE_CREDIT_REPAIR("虚假征信"),
	GAME_TRADING("虚假网络游戏产品交易"),
	ROMANCE("网络婚恋交友"),
	IMPERSONATING_ACQUAINTANCE("冒充领导熟人"),
	OTHER("其他");

	private final String labelZh;

	FraudType(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}

	public String messageKey() {
		return "antifraud.type." + name();
	}

	/** Reads the code (any case) or the Chinese name; empty for anything else. */
	public static Optional<FraudType> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.strip();
		for (FraudType type : values()) {
			if (type.name().equals(v.toUpperCase(Locale.ROOT)) || type.labelZh.equals(v)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}
}
