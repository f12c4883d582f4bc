package org.shouwang.cases.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.shouwang.cases.Apprehension;
import org.shouwang.cases.ApprehensionInput;
import org.shouwang.cases.AssignInput;
import org.shouwang.cases.CaseDetail;
import org.shouwang.cases.CaseFilter;
import org.shouwang.cases.CaseKind;
import org.shouwang.cases.CaseOperations;
import org.shouwang.cases.CaseStatus;
import org.shouwang.cases.CaseSummary;
import org.shouwang.cases.CaseWork;
import org.shouwang.cases.DecisionInput;
import org.shouwang.cases.LinkIncidentInput;
import org.shouwang.cases.NewCase;
import org.shouwang.cases.Offence;
import org.shouwang.cases.Person;
import org.shouwang.cases.PersonInput;
import org.shouwang.cases.PropertyInput;
import org.shouwang.cases.ReasonInput;
import org.shouwang.cases.RecoveredProperty;
import org.shouwang.cases.SolveInput;
import org.shouwang.cases.Task;
import org.shouwang.cases.TaskInput;
import org.shouwang.platform.Page;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The case API: {@code /api/v1/cases} (list, open, read, transitions as POST actions, persons, apprehensions, property). */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

	private final CaseWork cases;

	private final CaseOperations operations;

	CaseApi(CaseWork cases, CaseOperations operations) {
		this.cases = cases;
		this.operations = operations;
	}

	/** Whether the enterprise flag is set. */
	record EnterpriseFlag(Boolean enterpriseRelated) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('case:read')")
	Page<CaseSummary> list(@RequestParam(required = false) CaseKind kind, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) Offence offence, @RequestParam(required = false) String stationCode,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) Boolean enterpriseRelated,
			@RequestParam(required = false) Long leadInvestigatorId, @RequestParam(required = false) String q,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) UUID incidentId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return cases.list(new CaseFilter(kind, status, offence, stationCode, unitCode, enterpriseRelated, leadInvestigatorId, q,
				from, to, incidentId), page, size);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('case:write')")
	ResponseEntity<CaseDetail> open(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody NewCase input) {
		CaseWork.Created created = cases.open(key, input);
		return ResponseEntity.status(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/cases/" + created.detail().id()))
			.header("Idempotent-Replayed", String.valueOf(created.replayed()))
			.body(created.detail());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('case:read')")
	CaseDetail get(@PathVariable UUID id) {
		return cases.get(id);
	}

	@GetMapping("/overdue-stages")
	@PreAuthorize("hasAuthority('case:read')")
	Page<CaseSummary> overdueStages(@RequestParam(defaultValue = "false") boolean enterpriseOnly,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return cases.overdueStages(enterpriseOnly, page, size);
	}

	@GetMapping("/overdue-withdrawals")
	@PreAuthorize("hasAuthority('case:read')")
	Page<Apprehension> overdueWithdrawals(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return cases.overdueWithdrawals(page, size);
	}

	@GetMapping("/queue")
	@PreAuthorize("hasAuthority('case:read')")
	Page<CaseSummary> queue(@RequestParam long investigatorId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return cases.queue(investigatorId, page, size);
	}

	@PostMapping("/{id}/register")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail register(@PathVariable UUID id) {
		return cases.register(id);
	}

	@PostMapping("/{id}/decline")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail decline(@PathVariable UUID id, @RequestBody ReasonInput input) {
		return cases.decline(id, input);
	}

	@PostMapping("/{id}/investigate")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail investigate(@PathVariable UUID id) {
		return cases.investigate(id);
	}

	@PostMapping("/{id}/solve")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail solve(@PathVariable UUID id, @RequestBody SolveInput input) {
		return cases.solve(id, input);
	}

	@PostMapping("/{id}/transfer-for-prosecution")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail transfer(@PathVariable UUID id) {
		return cases.transferForProsecution(id);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail withdraw(@PathVariable UUID id, @RequestBody ReasonInput input) {
		return cases.withdraw(id, input);
	}

	@PostMapping("/{id}/decide")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail decide(@PathVariable UUID id, @RequestBody DecisionInput input) {
		return cases.decide(id, input);
	}

	@PostMapping("/{id}/mediate")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail mediate(@PathVariable UUID id) {
		return cases.mediate(id);
	}

	@PostMapping("/{id}/conclude")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail conclude(@PathVariable UUID id) {
		return cases.conclude(id);
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail reopen(@PathVariable UUID id, @RequestBody ReasonInput input) {
		return cases.reopen(id, input);
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail assign(@PathVariable UUID id, @RequestBody AssignInput input) {
		return cases.assign(id, input);
	}

	@PostMapping("/{id}/enterprise")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail enterprise(@PathVariable UUID id, @RequestBody EnterpriseFlag input) {
		if (input == null || input.enterpriseRelated() == null) {
			throw new org.shouwang.platform.InvalidInputException("enterpriseRelated", "is required");
		}
		return cases.markEnterpriseRelated(id, input.enterpriseRelated());
	}

	@PostMapping("/{id}/incidents")
	@PreAuthorize("hasAuthority('case:write')")
	CaseDetail linkIncident(@PathVariable UUID id, @RequestBody LinkIncidentInput input) {
		return cases.linkIncident(id, input == null ? null : input.incidentId());
	}

	@PostMapping("/{id}/persons")
	@PreAuthorize("hasAuthority('case:write')")
	@ResponseStatus(HttpStatus.CREATED)
	Person addPerson(@PathVariable UUID id, @RequestBody PersonInput input) {
		return cases.addPerson(id, input);
	}

	@GetMapping("/{id}/persons/{personId}/unmasked")
	@PreAuthorize("hasAuthority('case:read') and hasAuthority('pii:unmask')")
	Person unmasked(@PathVariable UUID id, @PathVariable UUID personId) {
		return cases.unmaskedPerson(id, personId);
	}

	@PostMapping("/{id}/apprehensions")
	@PreAuthorize("hasAuthority('case:write')")
	@ResponseStatus(HttpStatus.CREATED)
	Apprehension apprehend(@PathVariable UUID id, @RequestBody ApprehensionInput input) {
		return cases.addApprehension(id, input);
	}

	@PostMapping("/{id}/apprehensions/{apprehensionId}/withdrawal")
	@PreAuthorize("hasAuthority('case:write')")
	Apprehension withdrawal(@PathVariable UUID id, @PathVariable UUID apprehensionId) {
		return cases.recordWithdrawal(id, apprehensionId);
	}

	@PostMapping("/{id}/property")
	@PreAuthorize("hasAuthority('case:write')")
	@ResponseStatus(HttpStatus.CREATED)
	RecoveredProperty property(@PathVariable UUID id, @RequestBody PropertyInput input) {
		return cases.addProperty(id, input);
	}

	@PostMapping("/{id}/property/{propertyId}/returned")
	@PreAuthorize("hasAuthority('case:write')")
	RecoveredProperty returned(@PathVariable UUID id, @PathVariable UUID propertyId) {
		return cases.markReturned(id, propertyId);
	}

	@PostMapping("/{id}/tasks")
	@PreAuthorize("hasAuthority('case:write')")
	@ResponseStatus(HttpStatus.CREATED)
	Task task(@PathVariable UUID id, @RequestBody TaskInput input) {
		return operations.assignCaseTask(id, input);
	}
}
