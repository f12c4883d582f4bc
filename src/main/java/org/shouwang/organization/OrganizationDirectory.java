package org.shouwang.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.security.DataScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the organisation for every module: units and the tree, officers, duty units. Units are
 * branch-wide; officers (by their unit's station) and duty units (by their home station) belong to a station,
 * and the methods taking a {@link DataScope} show a station-scoped caller its own station's only (others: 404).
 * The methods without a scope see the whole branch, for work without a signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

	/** Largest page size a list accepts. */
	public static final int MAX_PAGE_SIZE = 200;

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

	// ---- officers

	public Optional<Officer> findOfficer(long id) {
		return officers.findById(id);
	}

	/** The officer with this id, or 404 (whole branch). */
	public Officer officer(long id) {
		return officer(id, DataScope.branch());
	}

	/** The officer with this id if the scope may see it (its unit lies in the scope's station), or 404. */
	public Officer officer(long id, DataScope scope) {
		Officer officer = officers.findById(id).orElseThrow(() -> new NotFoundException("Officer"));
		if (!scope.branchWide()) {
			scope.require(stationOf(officer.unitCode()).map(OrgUnit::code).orElse(null), "Officer");
		}
		return officer;
	}

	public Optional<Officer> findOfficerByBadge(String badgeNumber) {
		return badgeNumber == null ? Optional.empty() : officers.findByBadge(badgeNumber);
	}

	/** One page of officers matching the filter (whole branch), by unit in tree order, then badge number. */
	public ResultPage<Officer> officers(OfficerFilter filter, int page, int size) {
		return officers(filter, DataScope.branch(), page, size);
	}

	/** One page of the officers the scope may see that match the filter, by unit in tree order, then badge number. */
	public ResultPage<Officer> officers(OfficerFilter filter, DataScope scope, int page, int size) {
		checkPage(page, size);
		List<String> within = filter.unitCode() == null || filter.unitCode().isBlank() ? null
				: units.subtreeCodes(filter.unitCode());
		if (!scope.branchWide()) {
			List<String> station = units.subtreeCodes(scope.station().orElseThrow());
			within = within == null ? station : within.stream().filter(station::contains).toList();
		}
		return officers.find(filter, within, page, size);
	}

	// ---- duty units

	public Optional<DutyUnit> findDutyUnit(long id) {
		return dutyUnits.findById(id);
	}

	/** The duty unit with this id, or 404 (whole branch). */
	public DutyUnit dutyUnit(long id) {
		return dutyUnit(id, DataScope.branch());
	}

	/** The duty unit with this id if the scope may see it (its home station is the scope's), or 404. */
	public DutyUnit dutyUnit(long id, DataScope scope) {
		DutyUnit unit = dutyUnits.findById(id).orElseThrow(() -> new NotFoundException("Duty unit"));
		scope.require(unit.stationCode(), "Duty unit");
		return unit;
	}

	public Optional<DutyUnit> findDutyUnitByCallSign(String callSign) {
		return callSign == null ? Optional.empty() : dutyUnits.findByCallSign(callSign);
	}

	/** Every active duty unit, ordered by home station and call sign. */
	public List<DutyUnit> activeDutyUnits() {
		return dutyUnits.findAll(new DutyUnitFilter(null, null, true));
	}

	/** The active duty units whose home is this station. */
	public List<DutyUnit> activeDutyUnitsOf(String stationCode) {
		return dutyUnits.findAll(new DutyUnitFilter(stationCode, null, true));
	}

	/** One page of duty units matching the filter (whole branch), ordered by home station and call sign. */
	public ResultPage<DutyUnit> dutyUnits(DutyUnitFilter filter, int page, int size) {
		return dutyUnits(filter, DataScope.branch(), page, size);
	}

	/** One page of the duty units the scope may see that match the filter, by home station and call sign. */
	public ResultPage<DutyUnit> dutyUnits(DutyUnitFilter filter, DataScope scope, int page, int size) {
		checkPage(page, size);
		return dutyUnits.find(filter, scope, page, size);
	}

	private static void checkPage(int page, int size) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (page < 0) {
			errors.add(new InvalidInputException.FieldError("page", "must be 0 or more"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			errors.add(new InvalidInputException.FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Invalid paging.", errors);
		}
	}
}
