package org.shouwang.command;

import org.shouwang.organization.Capability;

/**
 * A subtype of the incident catalogue (e.g. 求助 / 落水) with its default priority, the capability a unit
 * needs for it ({@code null} for none) and how many units its response plan sends.
 */
public record IncidentSubtype(IncidentCategory category, String code, String nameZh, String nameEn,
		int defaultPriority, Capability requiredCapability, int unitsNeeded, int sortOrder, boolean active) {
}
