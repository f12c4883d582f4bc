package org.shouwang.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the organisation for every module: units and the tree, officers, duty units. Units are
 * branch-wide; officers (by their unit's station) and duty units (by their home station) belong to a station,
 * and the reads of them apply the caller's {@link DataScope#current() data scope} in the query: a station user
 * lists, counts and fetches its own station's only (others: empty or 404), whether the call comes from a
 * controller, a listener or another module. Work without a signed-in user runs as a
 * {@link org.shouwang.security.SystemActor}. The few reference lookups marked <b>whole branch</b> serve other
 * modules' indexes and are not lists shown to a user.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

	private final OrgUnits units;

	private final Officers officers;

	private final DutyUnits dutyUnits;

	OrganizationDirectory(OrgUnits units, Officers officers, DutyUnits dutyUnits) {
		this.units = units;
		this.officers = officers;
		this.dutyUnits = dutyUnits;
	}

	// ---- units

	public Optional<OrgUnit> findUnit(String code) {
		return code == null ? Optional.empty() : units.findByCode(code);
	}

	/** The unit with this code, or 404. */
	public OrgUnit unit(String code) {
		return findUnit(code).orElseThrow(() -> new NotFoundException("Organisation unit"));
	}

	/** Every unit, active or not, in tree order (depth-first; siblings by sort order, then code). */
	public List<OrgUnit> allUnits() {
		return units.findAll();
	}

	/** The active 派出所, in their sort order. */
	public List<OrgUnit> activeStations() {
		return units.findByKind(OrgUnitKind.STATION, true);
	}

	/** True when {@code unitCode} is {@code ancestorCode} itself or lies anywhere below it (for data scopes). */
	public boolean isWithin(String unitCode, String ancestorCode) {
		if (unitCode == null || ancestorCode == null) {
			return false;
		}
		return unitCode.equals(ancestorCode) ? units.exists(unitCode)
				: units.ancestors(unitCode).stream().anyMatch(a -> a.code().equals(ancestorCode));
	}

	/** The codes of the unit and of every unit below it; empty when there is no such unit. */
	public Set<String> unitCodesWithin(String code) {
		return Set.copyOf(units.subtreeCodes(code));
	}

	/** The station a unit belongs to: the unit itself when it is one, or the station above it (a 警务室's). */
	public Optional<OrgUnit> stationOf(String unitCode) {
		Optional<OrgUnit> unit = findUnit(unitCode);
		if (unit.isEmpty() || unit.get().kind() == OrgUnitKind.STATION) {
			return unit;
		}
		return units.ancestors(unitCode).stream().filter(a -> a.kind() == OrgUnitKind.STATION).findFirst();
	}

	/** The whole tree (usually one root, the branch), with the active officers and duty units of each unit. */
	public List<OrgUnitNode> tree() {
		List<OrgUnit> all = units.findAll();
		Map<String, long[]> counts = units.activeCounts();
		Map<String, List<OrgUnit>> byParent = new HashMap<>();
		List<OrgUnit> roots = new ArrayList<>();
		for (OrgUnit unit : all) {
			if (unit.parentCode() == null) {
				roots.add(unit);
			}
			else {
				byParent.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
			}
		}
		return roots.stream().map(root -> node(root, byParent, counts)).toList();
	}

	private static OrgUnitNode node(OrgUnit unit, Map<String, List<OrgUnit>> byParent, Map<String, long[]> counts) {
		List<OrgUnitNode> children = byParent.getOrDefault(unit.code(), List.of())
			.stream()
			.sorted(Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::code))
			.map(child -> node(child, byParent, counts))
			.toList();
		long[] count = counts.getOrDefault(unit.code(), new long[2]);
		return new OrgUnitNode(unit, count[0], count[1], children);
	}

	// ---- officers (station records: an officer belongs to the station of their unit)

	/** The officer with this id if the caller's scope may see it (their unit lies in its station), else empty. */
	public Optional<Officer> findOfficer(long id) {
		DataScope scope = DataScope.current();
		return officers.findById(id).filter(o -> visible(o, scope));
	}

	/** The officer with this id if the caller's scope may see it, or 404. */
	public Officer officer(long id) {
		return findOfficer(id).orElseThrow(() -> new NotFoundException("Officer"));
	}

	/** The officer with this badge number if the caller's scope may see it, else empty. */
	public Optional<Officer> findOfficerByBadge(String badgeNumber) {
		if (badgeNumber == null) {
			return Optional.empty();
		}
		DataScope scope = DataScope.current();
		return officers.findByBadge(badgeNumber).filter(o -> visible(o, scope));
	}

	/**
	 * One page of the officers the caller's scope may see that match the filter, by unit in tree order, then
	 * badge number; the scope is applied in the query (a station user counts and pages its station only).
	 */
	public Page<Officer> officers(OfficerFilter filter, int page, int size) {
		Page.check(page, size);
		DataScope scope = DataScope.current();
		List<String> within = filter.unitCode() == null || filter.unitCode().isBlank() ? null
				: units.subtreeCodes(filter.unitCode());
		if (!scope.branchWide()) {
			List<String> station = units.subtreeCodes(scope.station().orElseThrow());
			within = within == null ? station : within.stream().filter(station::contains).toList();
		}
		return officers.find(filter, within, page, size);
	}

	private boolean visible(Officer officer, DataScope scope) {
		return scope.branchWide() || scope.permits(stationOf(officer.unitCode()).map(OrgUnit::code).orElse(null));
	}

	// ---- duty units (station records: a duty unit belongs to its home station)

	/**
	 * The duty unit with this id, active or not, <b>whole branch</b>: a reference lookup for other modules'
	 * indexes and views (a station's incident may name a unit of another station that helped). Lists and
	 * by-id reads shown to a user go through {@link #dutyUnit(long)} and {@link #dutyUnits}.
	 */
	public Optional<DutyUnit> findDutyUnit(long id) {
		return dutyUnits.findById(id);
	}

	/** The duty unit with this id if the caller's scope may see it (its home station is the scope's), or 404. */
	public DutyUnit dutyUnit(long id) {
		DataScope scope = DataScope.current();
		return dutyUnits.findById(id)
			.filter(unit -> scope.permits(unit.stationCode()))
			.orElseThrow(() -> new NotFoundException("Duty unit"));
	}

	/** The duty unit with this call sign, <b>whole branch</b> (a reference lookup like {@link #findDutyUnit}). */
	public Optional<DutyUnit> findDutyUnitByCallSign(String callSign) {
		return callSign == null ? Optional.empty() : dutyUnits.findByCallSign(callSign);
	}

	/**
	 * Every active duty unit, ordered by home station and call sign, <b>whole branch</b>: the command centre's
	 * unit index is one for every caller (it applies its users' scope when it answers them).
	 */
	public List<DutyUnit> activeDutyUnits() {
		return dutyUnits.findAll(new DutyUnitFilter(null, null, true));
	}

	/** The active duty units whose home is this station (whole branch, like {@link #activeDutyUnits}). */
	public List<DutyUnit> activeDutyUnitsOf(String stationCode) {
		return dutyUnits.findAll(new DutyUnitFilter(stationCode, null, true));
	}

	/** One page of the duty units the caller's scope may see that match the filter, by home station and call sign. */
	public Page<DutyUnit> dutyUnits(DutyUnitFilter filter, int page, int size) {
		Page.check(page, size);
		return dutyUnits.find(filter, DataScope.current(), page, size);
	}
}
