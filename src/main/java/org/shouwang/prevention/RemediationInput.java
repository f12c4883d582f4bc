package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shouwang.command.IncidentCategory;

/**
 * Opens a remediation project (治安乱点整治) from a hot area of an analysis: the analysis, the target cells (H3
 * addresses that are hot bins in it), the incident categories the project fights (the analysis's when empty), the
 * measures and the deadline.
 */
public record RemediationInput(String name, UUID analysisId, List<String> cells, Set<IncidentCategory> categories,
		String measures, LocalDate openedOn, LocalDate deadline) {
}
