package org.shouwang.organization;

import java.util.List;
import java.util.Optional;

import org.shouwang.platform.InvalidInputException;
import org.shouwang.security.DataScope;

import org.springframework.stereotype.Component;

/**
 * Where a station-scoped user may put staff and duty units: an officer's unit and a duty unit's home station
 * must lie in the user's station (400 on the field otherwise). Units that do not exist are left to {@link Rules}.
 */
@Component
class ScopeRules {

	private final OrganizationDirectory directory;

	private final Rules rules;

	ScopeRules(OrganizationDirectory directory, Rules rules) {
		this.directory = directory;
		this.rules = rules;
	}

	/** Refuses an officer's unit outside the scope. */
	void checkOfficer(DataScope scope, OfficerInput input) {
		check(scope, "unitCode", input.unitCode());
	}

	/** Refuses a duty unit's home station outside the scope. */
	void checkDutyUnit(DataScope scope, DutyUnitInput input) {
		check(scope, "stationCode", input.stationCode());
	}

	/** The station a unit belongs to (itself, or the station above a 警务室). */
	Optional<OrgUnit> stationOf(String unitCode) {
		return directory.stationOf(unitCode);
	}

	private void check(DataScope scope, String field, String unitCode) {
		if (scope.branchWide() || unitCode == null || directory.findUnit(unitCode.strip()).isEmpty()) {
			return;
		}
		Optional<OrgUnit> station = stationOf(unitCode.strip());
		if (!scope.permits(station.map(OrgUnit::code).orElse(null))) {
			throw new InvalidInputException(rules.message("org.error.invalid"),
					List.of(new InvalidInputException.FieldError(field, rules.message("org.error.outsideScope", unitCode.strip()))));
		}
	}
}
