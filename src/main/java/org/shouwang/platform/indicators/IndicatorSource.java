package org.shouwang.platform.indicators;

import java.util.List;
import java.util.function.Consumer;

import org.shouwang.platform.Page;

/**
 * A module's indicators and their counting: a bean each owning module provides (e.g. {@code command}'s incident
 * indicators). Every method takes the org scope as a station code: {@code null} for the whole branch, else
 * only that station's records. The source reads its own tables; nothing else does.
 */
public interface IndicatorSource {

	/** The record types this source answers {@link #factsOf} for (e.g. {@code Incident}). */
	List<String> recordTypes();

	/** The indicators this source defines. */
	List<IndicatorDefinition> definitions();

	/**
	 * The facts of one record as it stands now, at most one per indicator (empty when it counts for nothing, or
	 * no longer exists).
	 */
	List<IndicatorFact> factsOf(String recordType, java.util.UUID recordId);

	/**
	 * Every fact of a {@link IndicatorKind#COUNT} or {@link IndicatorKind#SUM} indicator whose date lies in the
	 * period, counted from the records themselves (recounts, reconciliation and rebuilds of the rollups).
	 */
	void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink);

	/**
	 * The value of a {@link IndicatorKind#SNAPSHOT} indicator at the period's last day; sources without
	 * snapshots throw {@link UnsupportedOperationException}.
	 */
	default long snapshot(String indicatorCode, IndicatorPeriod period, String stationCode) {
		throw new UnsupportedOperationException(indicatorCode + " is not a snapshot of this source");
	}

	/**
	 * Statistics shown beside a figure (e.g. a median beside a share), over the same period and station scope; none
	 * by default.
	 */
	default List<IndicatorStatistic> statistics(String indicatorCode, IndicatorPeriod period, String stationCode) {
		return List.of();
	}

	/** The records behind a figure (COUNT, SUM or SNAPSHOT), newest first, paged; {@code total} equals its value for counts. */
	Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page, int size);
}
