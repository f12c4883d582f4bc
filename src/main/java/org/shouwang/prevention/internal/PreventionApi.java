package org.shouwang.prevention.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.shouwang.platform.Page;
import org.shouwang.prevention.CampusCoverage;
import org.shouwang.prevention.CampusGuardInput;
import org.shouwang.prevention.CampusView;
import org.shouwang.prevention.CheckInInput;
import org.shouwang.prevention.ClosingInput;
import org.shouwang.prevention.DeploymentInput;
import org.shouwang.prevention.EvaluationInput;
import org.shouwang.prevention.Guards;
import org.shouwang.prevention.HotspotAnalysisView;
import org.shouwang.prevention.HotspotRequest;
import org.shouwang.prevention.Hotspots;
import org.shouwang.prevention.KeyPlaceGuardInput;
import org.shouwang.prevention.KeyPlaceGuardView;
import org.shouwang.prevention.PatrolPlanInput;
import org.shouwang.prevention.PatrolPlanView;
import org.shouwang.prevention.PatrolPlanning;
import org.shouwang.prevention.Remediation;
import org.shouwang.prevention.RemediationInput;
import org.shouwang.prevention.RemediationStatus;
import org.shouwang.prevention.RemediationView;
import org.shouwang.prevention.RosterEdit;
import org.shouwang.prevention.RosterView;
import org.shouwang.prevention.SchoolDutyInput;
import org.shouwang.prevention.SolveProgress;

import org.springframework.http.HttpStatus;
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
 * {@code /api/v1/prevention/...}: patrol plans and rosters, key places, campuses, hotspot analyses and remediation
 * projects, within the caller's data scope.
 */
@RestController
@RequestMapping("/api/v1/prevention")
class PreventionApi {

	private final PatrolPlanning plans;

	private final Guards guards;

	private final Hotspots hotspots;

	private final Remediation remediation;

	PreventionApi(PatrolPlanning plans, Guards guards, Hotspots hotspots, Remediation remediation) {
		this.plans = plans;
		this.guards = guards;
		this.hotspots = hotspots;
		this.remediation = remediation;
	}

	// ---- patrol plans

	@GetMapping("/patrol-plans")
	@PreAuthorize("hasAuthority('prevention:read')")
	Page<PatrolPlanView> plans(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return plans.list(year, page, size);
	}

	@PostMapping("/patrol-plans")
	@PreAuthorize("hasAuthority('prevention:write')")
	ResponseEntity<PatrolPlanView> createPlan(@RequestBody PatrolPlanInput input) {
		PatrolPlanView view = plans.create(input);
		return ResponseEntity.created(URI.create("/api/v1/prevention/patrol-plans/" + view.id())).body(view);
	}

	@GetMapping("/patrol-plans/{id}")
	@PreAuthorize("hasAuthority('prevention:read')")
	PatrolPlanView plan(@PathVariable UUID id) {
		return plans.get(id);
	}

	@GetMapping("/patrol-plans/{id}/roster")
	@PreAuthorize("hasAuthority('prevention:read')")
	RosterView roster(@PathVariable UUID id) {
		return plans.roster(id);
	}

	@PutMapping("/patrol-plans/{id}/roster")
	@PreAuthorize("hasAuthority('prevention:write')")
	RosterView edit(@PathVariable UUID id, @RequestBody RosterEdit edit) {
		return plans.edit(id, edit);
	}

	@PostMapping("/patrol-plans/{id}/solve")
	@PreAuthorize("hasAuthority('prevention:write')")
	ResponseEntity<SolveProgress> solve(@PathVariable UUID id, @RequestParam(required = false) Integer seconds) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(plans.solve(id, seconds));
	}

	@GetMapping("/patrol-plans/{id}/solve")
	@PreAuthorize("hasAuthority('prevention:read')")
	SolveProgress progress(@PathVariable UUID id) {
		return plans.progress(id);
	}

	@PostMapping("/patrol-plans/{id}/solve/stop")
	@PreAuthorize("hasAuthority('prevention:write')")
	SolveProgress stop(@PathVariable UUID id) {
		return plans.stop(id);
	}

	@PostMapping("/patrol-plans/{id}/publish")
	@PreAuthorize("hasAuthority('prevention:write')")
	PatrolPlanView publish(@PathVariable UUID id) {
		return plans.publish(id);
	}

	// ---- key places and campuses

	@GetMapping("/key-places")
	@PreAuthorize("hasAuthority('prevention:read')")
	List<KeyPlaceGuardView> keyPlaces() {
		return guards.keyPlaces();
	}

	@PostMapping("/key-places")
	@PreAuthorize("hasAuthority('prevention:write')")
	ResponseEntity<KeyPlaceGuardView> guardKeyPlace(@RequestBody KeyPlaceGuardInput input) {
		KeyPlaceGuardView view = guards.guardKeyPlace(input);
		return ResponseEntity.created(URI.create("/api/v1/prevention/key-places/" + view.id())).body(view);
	}

	@GetMapping("/key-places/{id}")
	@PreAuthorize("hasAuthority('prevention:read')")
	KeyPlaceGuardView keyPlace(@PathVariable UUID id) {
		return guards.keyPlace(id);
	}

	@PostMapping("/key-places/{id}/check-ins")
	@PreAuthorize("hasAuthority('prevention:write')")
	ResponseEntity<KeyPlaceGuardView> checkIn(@PathVariable UUID id, @RequestBody CheckInInput input) {
		return ResponseEntity.status(HttpStatus.CREATED).body(guards.checkIn(id, input));
	}

	@GetMapping("/campuses")
	@PreAuthorize("hasAuthority('prevention:read')")
	List<CampusView> campuses() {
		return guards.campuses();
	}

	@GetMapping("/campuses/coverage")
	@PreAuthorize("hasAuthority('prevention:read')")
	CampusCoverage coverage() {
		return guards.coverage();
	}

	@PostMapping("/campuses/guards")
	@PreAuthorize("hasAuthority('prevention:write')")
	ResponseEntity<CampusView> guardCampus(@RequestBody CampusGuardInput input) {
		return ResponseEntity.status(HttpStatus.CREATED).body(guards.guardCampus(input));
	}

	@PostMapping("/campuses/duties")
	@PreAuthorize("hasAuthority('prevention:write')")
	ResponseEntity<CampusView> postDuty(@RequestBody SchoolDutyInput input) {
		return ResponseEntity.status(HttpStatus.CREATED).body(guards.postDuty(input));
	}

	// ---- hotspots and remediation

	@PostMapping("/hotspots/analyses")
	@PreAuthorize("hasAuthority('prevention:write')")
	ResponseEntity<HotspotAnalysisView> analyse(@RequestBody HotspotRequest request) {
		HotspotAnalysisView view = hotspots.analyse(request);
		return ResponseEntity.created(URI.create("/api/v1/prevention/hotspots/analyses/" + view.id())).body(view);
	}

	@GetMapping("/hotspots/analyses")
	@PreAuthorize("hasAuthority('prevention:read')")
	Page<HotspotAnalysisView> analyses(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return hotspots.analyses(page, size);
	}

	@GetMapping("/hotspots/analyses/{id}")
	@PreAuthorize("hasAuthority('prevention:read')")
	HotspotAnalysisView analysis(@PathVariable UUID id) {
		return hotspots.analysis(id);
	}

	@GetMapping("/remediation-projects")
	@PreAuthorize("hasAuthority('prevention:read')")
	Page<RemediationView> projects(@RequestParam(required = false) RemediationStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return remediation.list(status, page, size);
	}

	@PostMapping("/remediation-projects")
	@PreAuthorize("hasAuthority('prevention:write')")
	ResponseEntity<RemediationView> open(@RequestBody RemediationInput input) {
		RemediationView view = remediation.open(input);
		return ResponseEntity.created(URI.create("/api/v1/prevention/remediation-projects/" + view.id())).body(view);
	}

	@GetMapping("/remediation-projects/{id}")
	@PreAuthorize("hasAuthority('prevention:read')")
	RemediationView project(@PathVariable UUID id) {
		return remediation.get(id);
	}

	@PostMapping("/remediation-projects/{id}/deployments")
	@PreAuthorize("hasAuthority('prevention:write')")
	ResponseEntity<RemediationView> deploy(@PathVariable UUID id, @RequestBody DeploymentInput input) {
		return ResponseEntity.status(HttpStatus.CREATED).body(remediation.deploy(id, input));
	}

	@PostMapping("/remediation-projects/{id}/evaluation")
	@PreAuthorize("hasAuthority('prevention:write')")
	RemediationView evaluate(@PathVariable UUID id, @RequestBody EvaluationInput input) {
		return remediation.evaluate(id, input);
	}

	@PostMapping("/remediation-projects/{id}/close")
	@PreAuthorize("hasAuthority('prevention:write')")
	RemediationView close(@PathVariable UUID id, @RequestBody ClosingInput input) {
		return remediation.close(id, input);
	}
}
