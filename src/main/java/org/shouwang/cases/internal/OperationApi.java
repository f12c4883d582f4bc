package org.shouwang.cases.internal;

import java.util.UUID;

import org.shouwang.cases.CaseOperations;
import org.shouwang.cases.LinkIncidentInput;
import org.shouwang.cases.Operation;
import org.shouwang.cases.OperationInput;
import org.shouwang.cases.OperationSummary;
import org.shouwang.cases.Task;
import org.shouwang.cases.TaskInput;
import org.shouwang.platform.Page;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Synthesised operations and unit tasks: {@code /api/v1/case-operations}, {@code /api/v1/case-tasks}. */
@RestController
class OperationApi {

	private final CaseOperations operations;

	OperationApi(CaseOperations operations) {
		this.operations = operations;
	}

	/** A case to add to an operation. */
	record CaseRef(UUID caseId) {
	}

	@GetMapping("/api/v1/case-operations")
	@PreAuthorize("hasAuthority('case:read')")
	Page<OperationSummary> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return operations.list(status, page, size);
	}

	@PostMapping("/api/v1/case-operations")
	@PreAuthorize("hasAuthority('case:write')")
	@ResponseStatus(HttpStatus.CREATED)
	Operation start(@RequestBody OperationInput input) {
		return operations.start(input);
	}

	@GetMapping("/api/v1/case-operations/{id}")
	@PreAuthorize("hasAuthority('case:read')")
	Operation get(@PathVariable UUID id) {
		return operations.get(id);
	}

	@PostMapping("/api/v1/case-operations/{id}/cases")
	@PreAuthorize("hasAuthority('case:write')")
	Operation addCase(@PathVariable UUID id, @RequestBody CaseRef input) {
		return operations.addCase(id, input == null ? null : input.caseId());
	}

	@PostMapping("/api/v1/case-operations/{id}/incidents")
	@PreAuthorize("hasAuthority('case:write')")
	Operation addIncident(@PathVariable UUID id, @RequestBody LinkIncidentInput input) {
		return operations.addIncident(id, input == null ? null : input.incidentId());
	}

	@PostMapping("/api/v1/case-operations/{id}/tasks")
	@PreAuthorize("hasAuthority('case:write')")
	@ResponseStatus(HttpStatus.CREATED)
	Task assign(@PathVariable UUID id, @RequestBody TaskInput input) {
		return operations.assignTask(id, input);
	}

	@PostMapping("/api/v1/case-operations/{id}/close")
	@PreAuthorize("hasAuthority('case:write')")
	Operation close(@PathVariable UUID id) {
		return operations.close(id);
	}

	@GetMapping("/api/v1/case-tasks")
	@PreAuthorize("hasAuthority('case:read')")
	Page<Task> queue(@RequestParam String unitCode, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return operations.unitQueue(unitCode, all, page, size);
	}

	@PostMapping("/api/v1/case-tasks/{id}/done")
	@PreAuthorize("hasAuthority('case:write')")
	Task done(@PathVariable UUID id) {
		return operations.completeTask(id);
	}
}
