package org.shouwang.inspection;

/** Administrative penalties (行政处罚) on premises. */
public enum PenaltyKind {
	/** 警告. */
	WARNING,
	/** 罚款, with an amount. */
	FINE,
	/** 责令停业整顿, with a period. */
	SUSPENSION,
	/** 吊销许可证. */
	LICENCE_REVOKED;

	public String messageKey() {
		return "inspection.penalty." + name();
	}
}
