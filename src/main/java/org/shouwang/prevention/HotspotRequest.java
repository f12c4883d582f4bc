package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.Set;

import org.shouwang.command.IncidentCategory;

/**
 * Parameters of a hotspot analysis: incident categories (all when empty), the period [from, to] (inclusive days), H3
 * resolution (7–10, default 9), neighbourhood radius in hexagon rings (1–5, default 2: a distance band of about
 * 350 m at resolution 9) and conditional permutations (0 = normal approximation; 99–9999, default 999).
 */
public record HotspotRequest(Set<IncidentCategory> categories, LocalDate from, LocalDate to, Integer resolution,
		Integer rings, Integer permutations) {

	public static final int DEFAULT_RESOLUTION = 9;

	public static final int DEFAULT_RINGS = 2;

	public static final int DEFAULT_PERMUTATIONS = 999;

	public HotspotRequest {
		categories = categories == null ? Set.of() : Set.copyOf(categories);
	}
}
