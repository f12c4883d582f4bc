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

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the organisation for every module: units and the tree, officers, duty units. */
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

	/** The officer with this id, or 404. */
	public Officer officer(long id) {
		return officers.findById(id).orElseThrow(() -> new NotFoundException("Officer"));
	}

	public Optional<Officer> findOfficerByBadge(String badgeNumber) {
		return badgeNumber == null ? Optional.empty() : officers.findByBadge(badgeNumber);
	}

	/** One page of officers matching the filter, by unit in tree order, then badge number. */
	public ResultPage<Officer> officers(OfficerFilter filter, int page, int size) {
		checkPage(page, size);
		List<String> within = filter.unitCode() == null || filter.unitCode().isBlank() ? null
				: units.subtreeCodes(filter.unitCode());
		return officers.find(filter, within, page, size);
	}

	// ---- duty units

	public Optional<DutyUnit> findDutyUnit(long id) {
		return dutyUnits.findById(id);
	}

	/** The duty unit with this id, or 404. */
	public DutyUnit dutyUnit(long id) {
		return dutyUnits.findById(id).orElseThrow(() -> new NotFoundException("Duty unit"));
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

	/** One page of duty units matching the filter, ordered by home station and call sign. */
	public ResultPage<DutyUnit> dutyUnits(DutyUnitFilter filter, int page, int size) {
		checkPage(page, size);
		return dutyUnits.find(filter, page, size);
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
