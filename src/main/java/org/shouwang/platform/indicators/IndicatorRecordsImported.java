package org.shouwang.platform.indicators;

/**
 * Published by a module, in the transaction of a bulk import (history, migrations), instead of one
 * {@link IndicatorRecordChanged} per record: {@code performance} rebuilds the facts and rollups of every indicator
 * over records of this type from {@link IndicatorSource#forEachFact} once the import has committed.
 */
public record IndicatorRecordsImported(String recordType, int records) {
}
