package org.shouwang.cases;

/** The penalty of an administrative decision (处罚决定). */
public enum Penalty {
	/** 警告. */
	WARNING,
	/** 罚款, with an amount in 元. */
	FINE,
	/** 行政拘留, with a number of days (1–20). */
	DETENTION,
	/** 吊销许可证. */
	LICENCE_REVOKED
}
