package org.shouwang.platform.indicators;

import java.time.LocalDate;
import java.util.UUID;

/**
 * That one record counts for one indicator: on its defining date, at its station, grid and category, with a
 * weight (1 for {@link IndicatorKind#COUNT}, the amount for {@link IndicatorKind#SUM}). A record has at most
 * one fact per indicator, so it counts once however often it is edited; a reclassified record's fact moves.
 */
public record IndicatorFact(String indicatorCode, String recordType, UUID recordId, String recordNumber,
		LocalDate date, String stationCode, String gridCode, String category, long weight) {
}
