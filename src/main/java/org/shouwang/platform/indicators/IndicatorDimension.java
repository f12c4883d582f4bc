package org.shouwang.platform.indicators;

/** What an indicator's figure can be cut by. */
public enum IndicatorDimension {
	STATION, GRID, CATEGORY, DAY, WEEK, MONTH
}
