package org.shouwang.inspection.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.shouwang.inspection.InspectionFilter;
import org.shouwang.inspection.InspectionInput;
import org.shouwang.inspection.InspectionKind;
import org.shouwang.inspection.InspectionResult;
import org.shouwang.inspection.InspectionView;
import org.shouwang.inspection.Inspections;
import org.shouwang.inspection.PenaltyInput;
import org.shouwang.inspection.PenaltyKind;
import org.shouwang.inspection.PenaltyView;
import org.shouwang.inspection.PremisesFilter;
import org.shouwang.inspection.PremisesHistory;
import org.shouwang.inspection.PremisesInput;
import org.shouwang.inspection.PremisesStatus;
import org.shouwang.inspection.PremisesType;
import org.shouwang.inspection.PremisesView;
import org.shouwang.platform.Page;

import org.springframework.format.annotation.DateTimeFormat;
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

/** {@code /api/v1/inspection/...}: premises, inspections and penalties, within the caller's data scope. */
@RestController
@RequestMapping("/api/v1/inspection")
class InspectionApi {

	private final Inspections inspections;

	InspectionApi(Inspections inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/premises")
	@PreAuthorize("hasAuthority('inspection:read')")
	Page<PremisesView> premises(@RequestParam(required = false) PremisesType type,
			@RequestParam(required = false) PremisesStatus status, @RequestParam(required = false) String station,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return inspections.premises(new PremisesFilter(type, status, station, overdue, q), page, size);
	}

	@GetMapping("/premises/overdue")
	@PreAuthorize("hasAuthority('inspection:read')")
	Page<PremisesView> overdue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return inspections.overdue(page, size);
	}

	@PostMapping("/premises")
	@PreAuthorize("hasAuthority('inspection:write')")
	ResponseEntity<PremisesView> register(@RequestBody PremisesInput input) {
		PremisesView view = inspections.register(input);
		return ResponseEntity.created(URI.create("/api/v1/inspection/premises/" + view.id())).body(view);
	}

	@GetMapping("/premises/{id}")
	@PreAuthorize("hasAuthority('inspection:read')")
	PremisesView premises(@PathVariable UUID id) {
		return inspections.premises(id);
	}

	@PutMapping("/premises/{id}")
	@PreAuthorize("hasAuthority('inspection:write')")
	PremisesView change(@PathVariable UUID id, @RequestBody PremisesInput input) {
		return inspections.change(id, input);
	}

	@GetMapping("/premises/{id}/history")
	@PreAuthorize("hasAuthority('inspection:read')")
	PremisesHistory history(@PathVariable UUID id) {
		return inspections.history(id);
	}

	@PostMapping("/premises/{id}/inspections")
	@PreAuthorize("hasAuthority('inspection:write')")
	ResponseEntity<InspectionView> inspect(@PathVariable UUID id, @RequestBody InspectionInput input) {
		InspectionView view = inspections.inspect(id, input);
		return ResponseEntity.created(URI.create("/api/v1/inspection/inspections/" + view.id())).body(view);
	}

	@PostMapping("/premises/{id}/penalties")
	@PreAuthorize("hasAuthority('inspection:write')")
	ResponseEntity<PenaltyView> penalize(@PathVariable UUID id, @RequestBody PenaltyInput input) {
		PenaltyView view = inspections.penalize(id, input);
		return ResponseEntity.created(URI.create("/api/v1/inspection/penalties?premises=" + id)).body(view);
	}

	@GetMapping("/inspections")
	@PreAuthorize("hasAuthority('inspection:read')")
	Page<InspectionView> inspections(@RequestParam(required = false) PremisesType type,
			@RequestParam(required = false) InspectionKind kind, @RequestParam(required = false) InspectionResult result,
			@RequestParam(required = false) String station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return inspections.inspections(new InspectionFilter(type, kind, result, station, from, to), page, size);
	}

	@GetMapping("/inspections/{id}")
	@PreAuthorize("hasAuthority('inspection:read')")
	InspectionView inspection(@PathVariable UUID id) {
		return inspections.inspection(id);
	}

	@GetMapping("/penalties")
	@PreAuthorize("hasAuthority('inspection:read')")
	Page<PenaltyView> penalties(@RequestParam(required = false) PenaltyKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return inspections.penalties(kind, from, to, page, size);
	}
}
