package org.shouwang.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.shouwang.organization.Capability;
import org.shouwang.organization.DutyUnit;
import org.shouwang.organization.DutyUnitInput;
import org.shouwang.organization.DutyUnitKind;
import org.shouwang.organization.OrganizationAdministration;

/**
 * Duty units a test creates for itself (call signs {@code ZT-…}, sorted after the demo's) and stands down
 * again afterwards, so that the organisation's own tests still see only the demo district's units.
 */
final class TestUnits {

	private final OrganizationAdministration organization;

	private final List<Long> created = new ArrayList<>();

	TestUnits(OrganizationAdministration organization) {
		this.organization = organization;
	}

	DutyUnit create(DutyUnitKind kind, String station, Capability... capabilities) {
		String callSign = "ZT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		DutyUnit unit = organization.createDutyUnit(new DutyUnitInput(callSign, kind, station, null, Set.of(capabilities)));
		created.add(unit.id());
		return unit;
	}

	/** Stands the test's units down (they stay in the database, inactive). */
	void standDown() {
		created.forEach(organization::deactivateDutyUnit);
		created.clear();
	}
}
