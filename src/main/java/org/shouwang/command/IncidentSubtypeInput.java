package org.shouwang.command;

import org.shouwang.organization.Capability;

/**
 * What creates or changes a subtype of the incident catalogue. On creation {@code category} and {@code code}
 * name the new subtype; on a change the path names it and they may be left out (a different value is refused:
 * incidents refer to them). {@code requiredCapability} may be empty (no special capability); {@code sortOrder}
 * left out puts a new subtype after the others of its category (before the catch-all at 99) and keeps the
 * order of an existing one.
 *
 * @param category           the fixed category, e.g. HELP
 * @param code               upper-case letters, digits and underscores, 2 to 24 characters, starting with a letter
 * @param nameZh             the Chinese name, at most 32 characters
 * @param nameEn             the English name, at most 64 characters
 * @param defaultPriority    1 (most urgent) to 4
 * @param requiredCapability the capability a unit needs for it, or none
 * @param unitsNeeded        how many units its response plan sends, 1 to 10
 * @param sortOrder          position within the category, 0 to 9999
 */
public record IncidentSubtypeInput(IncidentCategory category, String code, String nameZh, String nameEn,
		Integer defaultPriority, Capability requiredCapability, Integer unitsNeeded, Integer sortOrder) {

	/** The form of an existing subtype, for editing. */
	static IncidentSubtypeInput of(IncidentSubtype s) {
		return new IncidentSubtypeInput(s.category(), s.code(), s.nameZh(), s.nameEn(), s.defaultPriority(),
				s.requiredCapability(), s.unitsNeeded(), s.sortOrder());
	}
}
