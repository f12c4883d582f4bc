package org.shouwang.cases.internal;

import java.util.HashMap;
import java.util.Map;

import org.shouwang.platform.NotFoundException;
import org.shouwang.security.DataScope;

/**
 * What cases a caller sees, as SQL over {@code case_file c}: a station (or its sub-units) its own cases; a
 * specialised unit ({@link CasesProperties#investigativeUnits()}) the cases it, or one of its sub-units, is
 * responsible for, and the cases of the operations it takes part in; every other branch-wide user all.
 * Built from {@link DataScope#current()} (or the scope handed down) in every query, list, count and export.
 */
record CaseScope(String stationCode, String unitCode) {

	static final CaseScope BRANCH = new CaseScope(null, null);

	static CaseScope of(DataScope scope, CasesProperties properties) {
		if (scope.station().isPresent()) {
			return new CaseScope(scope.station().get(), null);
		}
		String unit = scope.unitCode();
		for (String investigative : properties.investigativeUnits()) {
			if (unit.equals(investigative) || unit.startsWith(investigative + "-")) {
				return new CaseScope(null, unit);
			}
		}
		return BRANCH;
	}

	static CaseScope current(CasesProperties properties) {
		return of(DataScope.current(), properties);
	}

	boolean branchWide() {
		return stationCode == null && unitCode == null;
	}

	/** The condition on {@code c} (a case_file alias); bind {@link #parameters()}. */
	String condition(String c) {
		if (stationCode != null) {
			return c + ".station_code = :scopeStation";
		}
		if (unitCode != null) {
			return "(" + c + ".responsible_unit = :scopeUnit OR " + c + ".responsible_unit LIKE :scopeUnitPrefix OR "
					+ c + ".operation_id IN (SELECT u.operation_id FROM case_operation_unit u WHERE u.unit_code = "
					+ ":scopeUnit OR u.unit_code LIKE :scopeUnitPrefix))";
		}
		return "TRUE";
	}

	/** The condition on an operation {@code o}: one a station or unit takes part in, leads, or has a case in. */
	String operationCondition(String o) {
		if (branchWide()) {
			return "TRUE";
		}
		String unit = stationCode != null ? ":scopeStation" : ":scopeUnit";
		String caseCondition = condition("sc");
		return "(" + o + ".lead_unit = " + unit + " OR EXISTS (SELECT 1 FROM case_operation_unit u WHERE u.operation_id = "
				+ o + ".id AND u.unit_code = " + unit + ") OR EXISTS (SELECT 1 FROM case_file sc WHERE sc.operation_id = "
				+ o + ".id AND " + caseCondition + "))";
	}

	Map<String, Object> parameters() {
		Map<String, Object> p = new HashMap<>();
		p.put("scopeStation", stationCode == null ? "" : stationCode);
		p.put("scopeUnit", unitCode == null ? "" : unitCode);
		p.put("scopeUnitPrefix", unitCode == null ? "" : unitCode + "-%");
		return p;
	}

	/** Whether a case of this station and responsible unit (in this operation's units) is visible. */
	boolean permits(String caseStation, String responsibleUnit, java.util.Collection<String> operationUnits) {
		if (stationCode != null) {
			return stationCode.equals(caseStation);
		}
		if (unitCode != null) {
			return within(responsibleUnit) || operationUnits.stream().anyMatch(this::within);
		}
		return true;
	}

	private boolean within(String code) {
		return code != null && (code.equals(unitCode) || code.startsWith(unitCode + "-"));
	}

	void require(boolean visible) {
		if (!visible) {
			throw new NotFoundException("Case");
		}
	}
}
