package org.shouwang.organization;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.audit.Masking;
import org.shouwang.platform.NotFoundException;
import org.shouwang.security.DataScope;
import org.shouwang.security.SignedInUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the organisation: create, update, deactivate and reactivate units, officers and duty units.
 * Every rule is checked before anything is written (bad input 400, clashes with the current state 409), and
 * every change publishes a past-tense event and is recorded in the audit trail in the same transaction.
 * <p>
 * Officers and duty units are station records: the acting user's data scope applies here, not in the
 * controllers. An officer or duty unit outside it is not found (404), and a station user cannot put one into
 * another station (400 on the unit field). Without a signed-in user (a test, a loader not yet run as a
 * {@link org.shouwang.security.SystemActor}) the change acts branch-wide and the audit trail names
 * {@code system}. Units are branch-wide.
 */
@Service
@Transactional
public class OrganizationAdministration {

	private static final Set<OrgUnitKind> OWNER_KINDS = EnumSet.of(OrgUnitKind.STATION, OrgUnitKind.DEPARTMENT,
			OrgUnitKind.COMMAND_CENTER);

	private final OrgUnits units;

	private final Officers officers;

	private final DutyUnits dutyUnits;

	private final Rules rules;

	private final ScopeRules scopeRules;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	OrganizationAdministration(OrgUnits units, Officers officers, DutyUnits dutyUnits, Rules rules,
			ScopeRules scopeRules, ApplicationEventPublisher events, AuditTrail audit) {
		this.audit = audit;
		this.scopeRules = scopeRules;
		this.units = units;
		this.officers = officers;
		this.dutyUnits = dutyUnits;
		this.rules = rules;
		this.events = events;
	}

	// ---- units

	public OrgUnit createUnit(OrgUnitInput input) {
		return createUnit(input, false);
	}

	/** Creates a unit; {@code demo} marks it as part of the demo district. */
	public OrgUnit createUnit(OrgUnitInput input, boolean demo) {
		Rules.Check check = rules.check(input);
		OrgUnit parent = checkParent(check, input, null, true);
		check.done();
		if (units.exists(input.code())) {
			throw rules.conflict("org.error.unitCodeTaken", input.code());
		}
		try {
			units.insert(input, parent == null ? null : parent.id(), demo);
		}
		catch (DuplicateKeyException ex) {
			throw rules.conflict("org.error.unitCodeTaken", input.code());
		}
		events.publishEvent(new OrgUnitCreated(input.code(), input.kind(), parent == null ? null : parent.code()));
		return audited(AuditAction.CREATE, "OrgUnit", input.code(), null, units.findByCode(input.code()).orElseThrow());
	}

	/** Changes a unit's name, kind, parent or sort order; the code stays. */
	public OrgUnit updateUnit(String code, OrgUnitInput input) {
		OrgUnit unit = existingUnit(code);
		Rules.Check check = rules.check(input.withCode(code));
		if (input.code() != null && !input.code().isBlank() && !input.code().equals(code)) {
			check.reject("code", "org.error.codeFixed");
		}
		OrgUnit parent = checkParent(check, input, unit, unit.active());
		if (check.ok("kind") && input.kind() != null && input.kind() != unit.kind()) {
			for (OrgUnitKind childKind : units.childKinds(unit.id())) {
				if (!childKind.allowedParents().contains(input.kind())) {
					check.reject("kind", "org.error.kindChildren");
				}
			}
			if (unit.kind() == OrgUnitKind.STATION && dutyUnits.homedAt(unit.id()) > 0) {
				check.reject("kind", "org.error.kindDutyUnits");
			}
		}
		check.done();
		units.update(unit.id(), input, parent == null ? null : parent.id());
		events.publishEvent(new OrgUnitUpdated(code, input.kind(), parent == null ? null : parent.code()));
		return audited(AuditAction.UPDATE, "OrgUnit", code, unit, units.findByCode(code).orElseThrow());
	}

	/** Deactivates a unit that has no active children, officers or duty units left (409 otherwise). */
	public OrgUnit deactivateUnit(String code) {
		OrgUnit unit = existingUnit(code);
		if (!unit.active()) {
			return unit;
		}
		long children = units.activeChildren(unit.id());
		long staff = officers.activeInUnit(unit.id());
		long duty = dutyUnits.activeOf(unit.id());
		if (children + staff + duty > 0) {
			throw rules.conflict("org.error.unitInUse", unit.name(), children, staff, duty);
		}
		units.setActive(unit.id(), false);
		events.publishEvent(new OrgUnitDeactivated(code));
		return audited(AuditAction.UPDATE, "OrgUnit", code, unit, units.findByCode(code).orElseThrow());
	}

	/** Reactivates a unit whose parent is active (409 otherwise). */
	public OrgUnit reactivateUnit(String code) {
		OrgUnit unit = existingUnit(code);
		if (unit.active()) {
			return unit;
		}
		if (unit.parentCode() != null && !existingUnit(unit.parentCode()).active()) {
			throw rules.conflict("org.error.parentInactive", unit.parentCode());
		}
		units.setActive(unit.id(), true);
		events.publishEvent(new OrgUnitReactivated(code));
		return audited(AuditAction.UPDATE, "OrgUnit", code, unit, units.findByCode(code).orElseThrow());
	}

	/**
	 * The parent the input names, checked: it exists, is active (when the unit is or will be active), may hold
	 * a unit of this kind, and does not lie inside the unit itself (no cycles).
	 */
	private OrgUnit checkParent(Rules.Check check, OrgUnitInput input, OrgUnit unit, boolean mustBeActive) {
		String parentCode = input.parentCode() == null || input.parentCode().isBlank() ? null : input.parentCode().strip();
		if (input.kind() == null || !check.ok("parentCode")) {
			return null;
		}
		if (parentCode == null) {
			if (!input.kind().allowedParents().isEmpty()) {
				check.reject("parentCode", "org.error.parentRequired");
			}
			return null;
		}
		if (input.kind().allowedParents().isEmpty()) {
			check.reject("parentCode", "org.error.rootHasNoParent");
			return null;
		}
		Optional<OrgUnit> found = units.findByCode(parentCode);
		if (found.isEmpty()) {
			check.reject("parentCode", "org.error.parentMissing", parentCode);
			return null;
		}
		OrgUnit parent = found.get();
		if (mustBeActive && !parent.active()) {
			check.reject("parentCode", "org.error.parentInactive", parentCode);
		}
		else if (!input.kind().allowedParents().contains(parent.kind())) {
			check.reject("parentCode", "org.error.parentKind", parentCode);
		}
		else if (unit != null && units.subtreeCodes(unit.code()).contains(parent.code())) {
			check.reject("parentCode", "org.error.cycle", parentCode);
		}
		return parent;
	}

	/** Records the change in the audit trail, in this transaction; a change that changed nothing is not recorded. */
	private <T extends Record> T audited(String action, String objectType, Object id, T before, T after) {
		ChangeSummary changes = ChangeSummary.builder()
			.mask("workPhone", Masking::phone)
			.diff(ChangeSummary.fieldsOf(before), ChangeSummary.fieldsOf(after));
		if (before == null || !changes.isEmpty()) {
			audit.record(action, objectType, id, AuditOutcome.SUCCESS, changes);
		}
		return after;
	}

	private OrgUnit existingUnit(String code) {
		return units.findByCode(code).orElseThrow(() -> new NotFoundException("Organisation unit"));
	}

	// ---- officers

	public Officer createOfficer(OfficerInput input) {
		return createOfficer(input, false);
	}

	/** Adds an officer; {@code demo} marks them as part of the demo district. */
	public Officer createOfficer(OfficerInput input, boolean demo) {
		OrgUnit unit = checkOfficer(input, true);
		scopeRules.checkOfficer(actingScope(), input);
		if (officers.idOfBadge(input.badgeNumber()).isPresent()) {
			throw rules.conflict("org.error.badgeTaken", input.badgeNumber());
		}
		long id;
		try {
			id = officers.insert(input, unit.id(), demo);
		}
		catch (DuplicateKeyException ex) {
			throw rules.conflict("org.error.badgeTaken", input.badgeNumber());
		}
		events.publishEvent(new OfficerCreated(id, input.badgeNumber(), unit.code()));
		return audited(AuditAction.CREATE, "Officer", id, null, officers.findById(id).orElseThrow());
	}

	public Officer updateOfficer(long id, OfficerInput input) {
		Officer officer = existingOfficer(id);
		OrgUnit unit = checkOfficer(input, officer.active());
		scopeRules.checkOfficer(actingScope(), input);
		if (officers.idOfBadge(input.badgeNumber()).filter(other -> other != id).isPresent()) {
			throw rules.conflict("org.error.badgeTaken", input.badgeNumber());
		}
		try {
			officers.update(id, input, unit.id());
		}
		catch (DuplicateKeyException ex) {
			throw rules.conflict("org.error.badgeTaken", input.badgeNumber());
		}
		events.publishEvent(new OfficerUpdated(id, input.badgeNumber(), unit.code()));
		return audited(AuditAction.UPDATE, "Officer", id, officer, officers.findById(id).orElseThrow());
	}

	public Officer deactivateOfficer(long id) {
		Officer officer = existingOfficer(id);
		if (officer.active()) {
			officers.setActive(id, false);
			events.publishEvent(new OfficerDeactivated(id, officer.badgeNumber(), officer.unitCode()));
		}
		return audited(AuditAction.UPDATE, "Officer", id, officer, officers.findById(id).orElseThrow());
	}

	/** Reactivates an officer whose unit is active (409 otherwise). */
	public Officer reactivateOfficer(long id) {
		Officer officer = existingOfficer(id);
		if (!officer.active()) {
			if (!existingUnit(officer.unitCode()).active()) {
				throw rules.conflict("org.error.unitInactive", officer.unitCode());
			}
			officers.setActive(id, true);
			events.publishEvent(new OfficerReactivated(id, officer.badgeNumber(), officer.unitCode()));
		}
		return audited(AuditAction.UPDATE, "Officer", id, officer, officers.findById(id).orElseThrow());
	}

	private OrgUnit checkOfficer(OfficerInput input, boolean mustBeActive) {
		Rules.Check check = rules.check(input);
		if (input.rank() != null && input.role() != null) {
			if (input.role() == OfficerRole.AUXILIARY && input.rank().sworn()) {
				check.reject("rank", "org.error.auxiliaryRank");
			}
			else if (input.role().swornOnly() && !input.rank().sworn()) {
				check.reject("role", "org.error.swornRole");
			}
		}
		OrgUnit unit = null;
		if (check.ok("unitCode")) {
			unit = units.findByCode(input.unitCode().strip()).orElse(null);
			if (unit == null) {
				check.reject("unitCode", "org.error.unitMissing", input.unitCode());
			}
			else if (mustBeActive && !unit.active()) {
				check.reject("unitCode", "org.error.unitInactive", input.unitCode());
			}
		}
		check.done();
		return unit;
	}

	/** The officer, if the acting scope may see it (404 otherwise). */
	private Officer existingOfficer(long id) {
		DataScope scope = actingScope();
		return officers.findById(id)
			.filter(o -> scope.branchWide()
					|| scope.permits(scopeRules.stationOf(o.unitCode()).map(OrgUnit::code).orElse(null)))
			.orElseThrow(() -> new NotFoundException("Officer"));
	}

	// ---- duty units

	public DutyUnit createDutyUnit(DutyUnitInput input) {
		return createDutyUnit(input, false);
	}

	/** Sets up a duty unit; {@code demo} marks it as part of the demo district. */
	public DutyUnit createDutyUnit(DutyUnitInput input, boolean demo) {
		OrgUnit[] homeAndOwner = checkDutyUnit(input, true);
		scopeRules.checkDutyUnit(actingScope(), input);
		String callSign = input.callSign().strip();
		if (dutyUnits.idOfCallSign(callSign).isPresent()) {
			throw rules.conflict("org.error.callSignTaken", callSign);
		}
		long id;
		try {
			id = dutyUnits.insert(input, homeAndOwner[0].id(), homeAndOwner[1].id(), demo);
		}
		catch (DuplicateKeyException ex) {
			throw rules.conflict("org.error.callSignTaken", callSign);
		}
		events.publishEvent(new DutyUnitCreated(id, callSign, homeAndOwner[0].code()));
		return audited(AuditAction.CREATE, "DutyUnit", id, null, dutyUnits.findById(id).orElseThrow());
	}

	public DutyUnit updateDutyUnit(long id, DutyUnitInput input) {
		DutyUnit unit = existingDutyUnit(id);
		OrgUnit[] homeAndOwner = checkDutyUnit(input, unit.active());
		scopeRules.checkDutyUnit(actingScope(), input);
		String callSign = input.callSign().strip();
		if (dutyUnits.idOfCallSign(callSign).filter(other -> other != id).isPresent()) {
			throw rules.conflict("org.error.callSignTaken", callSign);
		}
		try {
			dutyUnits.update(id, input, homeAndOwner[0].id(), homeAndOwner[1].id());
		}
		catch (DuplicateKeyException ex) {
			throw rules.conflict("org.error.callSignTaken", callSign);
		}
		events.publishEvent(new DutyUnitUpdated(id, callSign, homeAndOwner[0].code()));
		return audited(AuditAction.UPDATE, "DutyUnit", id, unit, dutyUnits.findById(id).orElseThrow());
	}

	public DutyUnit deactivateDutyUnit(long id) {
		DutyUnit unit = existingDutyUnit(id);
		if (unit.active()) {
			dutyUnits.setActive(id, false);
			events.publishEvent(new DutyUnitDeactivated(id, unit.callSign(), unit.stationCode()));
		}
		return audited(AuditAction.UPDATE, "DutyUnit", id, unit, dutyUnits.findById(id).orElseThrow());
	}

	/** Reactivates a duty unit whose station and owner are active (409 otherwise). */
	public DutyUnit reactivateDutyUnit(long id) {
		DutyUnit unit = existingDutyUnit(id);
		if (!unit.active()) {
			for (String code : new String[] { unit.stationCode(), unit.ownerCode() }) {
				if (!existingUnit(code).active()) {
					throw rules.conflict("org.error.unitInactive", code);
				}
			}
			dutyUnits.setActive(id, true);
			events.publishEvent(new DutyUnitReactivated(id, unit.callSign(), unit.stationCode()));
		}
		return audited(AuditAction.UPDATE, "DutyUnit", id, unit, dutyUnits.findById(id).orElseThrow());
	}

	/** Checks the input; returns the home station and the owning unit. */
	private OrgUnit[] checkDutyUnit(DutyUnitInput input, boolean mustBeActive) {
		Rules.Check check = rules.check(input);
		OrgUnit station = null;
		if (check.ok("stationCode")) {
			station = units.findByCode(input.stationCode().strip()).orElse(null);
			if (station == null) {
				check.reject("stationCode", "org.error.unitMissing", input.stationCode());
			}
			else if (station.kind() != OrgUnitKind.STATION) {
				check.reject("stationCode", "org.error.notStation", input.stationCode());
			}
			else if (mustBeActive && !station.active()) {
				check.reject("stationCode", "org.error.unitInactive", input.stationCode());
			}
		}
		OrgUnit owner = station;
		if (check.ok("ownerCode") && input.ownerCode() != null && !input.ownerCode().isBlank()) {
			owner = units.findByCode(input.ownerCode().strip()).orElse(null);
			if (owner == null) {
				check.reject("ownerCode", "org.error.unitMissing", input.ownerCode());
			}
			else if (!OWNER_KINDS.contains(owner.kind())) {
				check.reject("ownerCode", "org.error.ownerKind", input.ownerCode());
			}
			else if (mustBeActive && !owner.active()) {
				check.reject("ownerCode", "org.error.unitInactive", input.ownerCode());
			}
		}
		check.done();
		return new OrgUnit[] { station, owner };
	}

	/** The duty unit, if the acting scope may see it (404 otherwise). */
	private DutyUnit existingDutyUnit(long id) {
		DataScope scope = actingScope();
		return dutyUnits.findById(id)
			.filter(unit -> scope.permits(unit.stationCode()))
			.orElseThrow(() -> new NotFoundException("Duty unit"));
	}

	/** The signed-in user's scope; the whole branch for work without one (see the class comment). */
	private static DataScope actingScope() {
		return SignedInUser.current().map(SignedInUser::scope).orElseGet(DataScope::branch);
	}
}
