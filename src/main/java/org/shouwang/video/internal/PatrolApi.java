package org.shouwang.video.internal;

import org.shouwang.video.CheckInput;
import org.shouwang.video.CheckResult;
import org.shouwang.video.PatrolCheck;
import org.shouwang.video.PatrolPlan;
import org.shouwang.video.PatrolPlanInput;
import org.shouwang.video.QueueItem;
import org.shouwang.video.QueueState;
import org.shouwang.video.VideoPatrols;

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
 * Video patrols: {@code /api/v1/video/patrol-plans}, the work queue {@code /api/v1/video/queue} and the
 * checks {@code /api/v1/video/checks}.
 */
@RestController
@RequestMapping("/api/v1/video")
class PatrolApi {

	private final VideoPatrols patrols;

	PatrolApi(VideoPatrols patrols) {
		this.patrols = patrols;
	}

	@GetMapping("/patrol-plans")
	@PreAuthorize("hasAuthority('camera:read')")
	List<PatrolPlan> plans() {
		return patrols.plans();
	}

	@GetMapping("/patrol-plans/{id}")
	@PreAuthorize("hasAuthority('camera:read')")
	PatrolPlan plan(@PathVariable long id) {
		return patrols.plan(id);
	}

	@PostMapping("/patrol-plans")
	@PreAuthorize("hasAuthority('camera:write')")
	ResponseEntity<PatrolPlan> createPlan(@RequestBody PatrolPlanInput input) {
		PatrolPlan plan = patrols.createPlan(input);
		return ResponseEntity.created(URI.create("/api/v1/video/patrol-plans/" + plan.id())).body(plan);
	}

	@PutMapping("/patrol-plans/{id}")
	@PreAuthorize("hasAuthority('camera:write')")
	PatrolPlan updatePlan(@PathVariable long id, @RequestBody PatrolPlanInput input) {
		return patrols.updatePlan(id, input);
	}

	/**
	 * The operator's queue: cameras due or overdue now (with {@code state=UPCOMING} also those due later in
	 * the current window); {@code state=OVERDUE} lists the overdue checks only.
	 */
	@GetMapping("/queue")
	@PreAuthorize("hasAuthority('camera:read')")
	List<QueueItem> queue(@RequestParam(required = false) String operatorUnit,
			@RequestParam(required = false) QueueState state) {
		return patrols.queue(operatorUnit)
			.stream()
			.filter(i -> state == null ? i.state() != QueueState.UPCOMING : i.state() == state)
			.toList();
	}

	@GetMapping("/checks")
	@PreAuthorize("hasAuthority('camera:read')")
	Page<PatrolCheck> checks(@RequestParam(required = false) String cameraCode,
			@RequestParam(required = false) CheckResult result, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return patrols.checks(cameraCode, result, page, size);
	}

	@GetMapping("/checks/{id}")
	@PreAuthorize("hasAuthority('camera:read')")
	PatrolCheck check(@PathVariable long id) {
		return patrols.check(id);
	}

	@PostMapping("/checks")
	@PreAuthorize("hasAuthority('camera:write')")
	ResponseEntity<PatrolCheck> record(@RequestBody CheckInput input) {
		PatrolCheck check = patrols.record(input);
		return ResponseEntity.created(URI.create("/api/v1/video/checks/" + check.id())).body(check);
	}
}
