package org.shouwang.prevention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.shouwang.command.IncidentCategory;

/** A recorded hotspot analysis: the parameters used, the bins and how many are hot and cold. */
public record HotspotAnalysisView(UUID id, String number, String scopeUnit, Set<IncidentCategory> categories,
		LocalDate from, LocalDate to, int resolution, int rings, int permutations, long incidents, int hot, int cold,
		List<HotspotCell> cells, String createdBy, Instant createdAt) {
}
