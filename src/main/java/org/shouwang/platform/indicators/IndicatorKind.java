package org.shouwang.platform.indicators;

/** How an indicator's value comes from its records. */
public enum IndicatorKind {
	/** Number of records whose defining date falls in the period (each record once). */
	COUNT,
	/** Sum of an amount over the records whose defining date falls in the period (e.g. loss avoided, 元). */
	SUM,
	/**
	 * Numerator ÷ denominator of two other indicators over the same period and scope, × 100 when the unit is
	 * "%" (half-up, one decimal); the records are the numerator's.
	 */
	RATIO,
	/** State at the period's last day (e.g. active grids with a full team at year end); computed by the source. */
	SNAPSHOT
}
