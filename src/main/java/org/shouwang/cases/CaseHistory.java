package org.shouwang.cases;

import java.util.List;

/**
 * Bulk import of earlier cases (the demo district's 2024–2025): checked whole first (each case's stages replayed
 * through the lifecycle rules), then written in multi-row inserts with one audit entry (IMPORT) per batch. No
 * application events are published: history reaches the indicators through their recounts, not as live changes.
 */
public interface CaseHistory {

	/** What an import wrote. */
	record Result(int operations, int cases, int persons, int apprehensions, int property, int tasks, int batches) {
	}

	Result importHistorical(List<HistoricalCase.HistoricalOperation> operations, List<HistoricalCase> cases);
}
