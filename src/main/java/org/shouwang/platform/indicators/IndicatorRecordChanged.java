package org.shouwang.platform.indicators;

import java.util.UUID;

/**
 * Published by a module, in the transaction of the change, whenever a record that may count for one of its
 * indicators is created, changed or removed. {@code performance} consumes it with
 * {@code @ApplicationModuleListener} (durable through the event publication registry), asks the owning
 * {@link IndicatorSource#factsOf} for the record's facts now and moves its rollups accordingly.
 */
public record IndicatorRecordChanged(String recordType, UUID recordId) {
}
