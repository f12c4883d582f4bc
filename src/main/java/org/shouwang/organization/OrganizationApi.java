package org.shouwang.organization;

import java.net.URI;
import java.util.List;

import org.shouwang.platform.Page;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation API: {@code /api/v1/org-units}, {@code /api/v1/officers}, {@code /api/v1/duty-units}. Units are
 * branch-wide; officers and duty units are listed and fetched within the caller's data scope (others: 404), which
 * the services apply.
 */
@RestController
@RequestMapping("/api/v1")
class OrganizationApi {

	private final OrganizationDirectory directory;

	private final OrganizationAdministration administration;

	OrganizationApi(OrganizationDirectory directory, OrganizationAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	/** A unit in the tree view: the unit's fields, its active officers and duty units, and its children. */
	record TreeNode(long id, String code, String name, OrgUnitKind kind, String parentCode, int sortOrder,
			boolean active, boolean demo, long officers, long dutyUnits, List<TreeNode> children) {

		static TreeNode of(OrgUnitNode node) {
			OrgUnit u = node.unit();
			return new TreeNode(u.id(), u.code(), u.name(), u.kind(), u.parentCode(), u.sortOrder(), u.active(),
					u.demo(), node.officers(), node.dutyUnits(), node.children().stream().map(TreeNode::of).toList());
		}
	}

	// ---- units

	@GetMapping("/org-units")
	@PreAuthorize("hasAuthority('org:read')")
	List<?> units(@RequestParam(defaultValue = "false") boolean tree, @RequestParam(required = false) OrgUnitKind kind,
			@RequestParam(required = false) Boolean active) {
		if (tree) {
			return directory.tree().stream().map(TreeNode::of).toList();
		}
		return directory.allUnits()
			.stream()
			.filter(u -> kind == null || u.kind() == kind)
			.filter(u -> active == null || u.active() == active)
			.toList();
	}

	@GetMapping("/org-units/{code}")
	@PreAuthorize("hasAuthority('org:read')")
	OrgUnit unit(@PathVariable String code) {
		return directory.unit(code);
	}

	@PostMapping("/org-units")
	@PreAuthorize("hasAuthority('org:write')")
	ResponseEntity<OrgUnit> createUnit(@RequestBody OrgUnitInput input) {
		OrgUnit unit = administration.createUnit(input);
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + unit.code())).body(unit);
	}

	@PutMapping("/org-units/{code}")
	@PreAuthorize("hasAuthority('org:write')")
	OrgUnit updateUnit(@PathVariable String code, @RequestBody OrgUnitInput input) {
		return administration.updateUnit(code, input);
	}

	@PostMapping("/org-units/{code}/deactivate")
	@PreAuthorize("hasAuthority('org:write')")
	OrgUnit deactivateUnit(@PathVariable String code) {
		return administration.deactivateUnit(code);
	}

	@PostMapping("/org-units/{code}/reactivate")
	@PreAuthorize("hasAuthority('org:write')")
	OrgUnit reactivateUnit(@PathVariable String code) {
		return administration.reactivateUnit(code);
	}

	// ---- officers

	@GetMapping("/officers")
	@PreAuthorize("hasAuthority('org:read')")
	Page<Officer> officers(@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) OfficerRole role, @RequestParam(required = false) PoliceRank rank,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return directory.officers(new OfficerFilter(unitCode, role, rank, active, q), page, size);
	}

	@GetMapping("/officers/{id}")
	@PreAuthorize("hasAuthority('org:read')")
	Officer officer(@PathVariable long id) {
		return directory.officer(id);
	}

	@PostMapping("/officers")
	@PreAuthorize("hasAuthority('org:write')")
	ResponseEntity<Officer> createOfficer(@RequestBody OfficerInput input) {
		Officer officer = administration.createOfficer(input);
		return ResponseEntity.created(URI.create("/api/v1/officers/" + officer.id())).body(officer);
	}

	@PutMapping("/officers/{id}")
	@PreAuthorize("hasAuthority('org:write')")
	Officer updateOfficer(@PathVariable long id, @RequestBody OfficerInput input) {
		return administration.updateOfficer(id, input);
	}

	@PostMapping("/officers/{id}/deactivate")
	@PreAuthorize("hasAuthority('org:write')")
	Officer deactivateOfficer(@PathVariable long id) {
		return administration.deactivateOfficer(id);
	}

	@PostMapping("/officers/{id}/reactivate")
	@PreAuthorize("hasAuthority('org:write')")
	Officer reactivateOfficer(@PathVariable long id) {
		return administration.reactivateOfficer(id);
	}

	// ---- duty units

	@GetMapping("/duty-units")
	@PreAuthorize("hasAuthority('org:read')")
	Page<DutyUnit> dutyUnits(@RequestParam(required = false) String stationCode,
			@RequestParam(required = false) DutyUnitKind kind, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return directory.dutyUnits(new DutyUnitFilter(stationCode, kind, active), page, size);
	}

	@GetMapping("/duty-units/{id}")
	@PreAuthorize("hasAuthority('org:read')")
	DutyUnit dutyUnit(@PathVariable long id) {
		return directory.dutyUnit(id);
	}

	@PostMapping("/duty-units")
	@PreAuthorize("hasAuthority('org:write')")
	ResponseEntity<DutyUnit> createDutyUnit(@RequestBody DutyUnitInput input) {
		DutyUnit unit = administration.createDutyUnit(input);
		return ResponseEntity.created(URI.create("/api/v1/duty-units/" + unit.id())).body(unit);
	}

	@PutMapping("/duty-units/{id}")
	@PreAuthorize("hasAuthority('org:write')")
	DutyUnit updateDutyUnit(@PathVariable long id, @RequestBody DutyUnitInput input) {
		return administration.updateDutyUnit(id, input);
	}

	@PostMapping("/duty-units/{id}/deactivate")
	@PreAuthorize("hasAuthority('org:write')")
	DutyUnit deactivateDutyUnit(@PathVariable long id) {
		return administration.deactivateDutyUnit(id);
	}

	@PostMapping("/duty-units/{id}/reactivate")
	@PreAuthorize("hasAuthority('org:write')")
	DutyUnit reactivateDutyUnit(@PathVariable long id) {
		return administration.reactivateDutyUnit(id);
	}
}
