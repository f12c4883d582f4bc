package org.shouwang.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.cases.ApprehensionInput;
import org.shouwang.cases.CaseDetail;
import org.shouwang.cases.CaseFilter;
import org.shouwang.cases.CaseKind;
import org.shouwang.cases.CaseOperations;
import org.shouwang.cases.CaseSource;
import org.shouwang.cases.CaseStatus;
import org.shouwang.cases.CaseSummary;
import org.shouwang.cases.CaseWork;
import org.shouwang.cases.DecisionInput;
import org.shouwang.cases.NewCase;
import org.shouwang.cases.Offence;
import org.shouwang.cases.OperationInput;
import org.shouwang.cases.Penalty;
import org.shouwang.cases.PersonInput;
import org.shouwang.cases.PersonRole;
import org.shouwang.cases.PropertyInput;
import org.shouwang.cases.ReasonInput;
import org.shouwang.cases.Sex;
import org.shouwang.cases.SolveInput;
import org.shouwang.cases.TaskInput;
import org.shouwang.organization.Officer;
import org.shouwang.organization.OrgUnit;
import org.shouwang.organization.OrgUnitKind;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;
import org.shouwang.security.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case pages: {@code /cases} (list with filters and paging), the case page with its timeline, persons,
 * apprehensions, property, incidents, operation and actions, the new-case form, the operation board and the work
 * queue (an investigator's cases by deadline, a unit's tasks, overdue stages and withdrawals).
 */
@Controller
@RequestMapping("/cases")
class CasePages {

	static final int PAGE_SIZE = 25;

	private final CaseWork cases;

	private final CaseOperations operations;

	private final OrganizationDirectory directory;

	private final MessageSource messages;

	CasePages(CaseWork cases, CaseOperations operations, OrganizationDirectory directory, MessageSource messages) {
		this.cases = cases;
		this.operations = operations;
		this.directory = directory;
		this.messages = messages;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private String problem(RuntimeException ex) {
		if (ex instanceof InvalidInputException invalid) {
			return message("cases.ui.invalid") + " " + invalid.errors().stream().map(e -> e.field() + ": " + e.message())
				.reduce((a, b) -> a + "; " + b).orElse("");
		}
		return message("cases.ui.conflict") + " " + ex.getMessage();
	}

	// ---- list

	@GetMapping
	@PreAuthorize("hasAuthority('case:read')")
	String list(@RequestParam(required = false) CaseKind kind, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) Offence offence, @RequestParam(required = false) String stationCode,
			@RequestParam(required = false) Boolean enterpriseRelated, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID incidentId, @RequestParam(defaultValue = "0") int page, Model model) {
		CaseFilter filter = new CaseFilter(kind, status, offence, blank(stationCode), null, enterpriseRelated, null, blank(q), null,
				null, incidentId);
		Page<CaseSummary> result = cases.list(filter, Math.max(page, 0), PAGE_SIZE);
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("kind", kind);
		filters.put("status", status);
		filters.put("offence", offence);
		filters.put("stationCode", blank(stationCode));
		filters.put("enterpriseRelated", enterpriseRelated);
		filters.put("q", blank(q));
		filters.put("incidentId", incidentId);
		model.addAttribute("filter", filter);
		model.addAttribute("cases", result);
		model.addAttribute("filtered", filters.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()));
		model.addAttribute("previousLink", pageLink("/cases", filters, result.page() - 1));
		model.addAttribute("nextLink", pageLink("/cases", filters, result.page() + 1));
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("offences", Offence.values());
		model.addAttribute("stations", stations());
		return "cases/list";
	}

	// ---- new case

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('case:write')")
	String newCase(@RequestParam(required = false) UUID incidentId, Model model) {
		return form(model, new NewCase(null, incidentId == null ? CaseSource.WALK_IN : CaseSource.INCIDENT, null, null,
				DataScope.current().station().orElse(null), null, null, false, null,
				incidentId == null ? List.of() : List.of(incidentId)), Map.of());
	}

	@PostMapping
	@PreAuthorize("hasAuthority('case:write')")
	String create(@RequestParam(required = false) String offence, @RequestParam(required = false) CaseSource source,
			@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String stationCode, @RequestParam(required = false) String responsibleUnit,
			@RequestParam(required = false) String leadInvestigatorId, @RequestParam(defaultValue = "false") boolean enterpriseRelated,
			@RequestParam(required = false) String incidentId, @RequestParam(required = false) String idempotencyKey,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		Offence parsedOffence = parse(offence, Offence.class, "offence", errors);
		Long investigator = null;
		if (leadInvestigatorId != null && !leadInvestigatorId.isBlank()) {
			try {
				investigator = Long.valueOf(leadInvestigatorId.strip());
			}
			catch (NumberFormatException ex) {
				errors.put("leadInvestigatorId", message("cases.validation.format"));
			}
		}
		UUID incident = null;
		if (incidentId != null && !incidentId.isBlank()) {
			try {
				incident = UUID.fromString(incidentId.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("incidentIds[0]", message("cases.validation.format"));
			}
		}
		NewCase input = new NewCase(parsedOffence, source == null ? CaseSource.WALK_IN : source, title, summary,
				blank(stationCode), blank(responsibleUnit), investigator, enterpriseRelated, null,
				incident == null ? List.of() : List.of(incident));
		if (errors.isEmpty()) {
			try {
				CaseWork.Created created = cases.open(blank(idempotencyKey), input);
				redirect.addFlashAttribute("notice", message("cases.ui.created", created.detail().number()));
				return "redirect:/cases/" + created.detail().id();
			}
			catch (InvalidInputException ex) {
				ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
			}
			catch (ConflictException ex) {
				errors.put("incidentIds[0]", ex.getMessage());
			}
		}
		response.setStatus(400);
		return form(model, input, errors);
	}

	private String form(Model model, NewCase input, Map<String, String> errors) {
		model.addAttribute("form", input);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("offences", Offence.values());
		model.addAttribute("sources", CaseSource.values());
		model.addAttribute("stations", stations());
		model.addAttribute("units", caseUnits());
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return "cases/form";
	}

	// ---- the case page

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('case:read')")
	String page(@PathVariable UUID id, Model model) {
		CaseDetail c = cases.get(id);
		model.addAttribute("c", c);
		model.addAttribute("penalties", Penalty.values());
		model.addAttribute("roles", PersonRole.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("units", caseUnits());
		model.addAttribute("suspects", c.persons().stream().filter(p -> p.role() == PersonRole.SUSPECT).toList());
		model.addAttribute("actions", actions(c));
		model.addAttribute("mayUnmask", SignedInUser.current().map(u -> u.holds(org.shouwang.security.Permissions.PII_UNMASK))
			.orElse(false));
		model.addAttribute("mayWrite", SignedInUser.current().map(u -> u.holds(org.shouwang.security.Permissions.CASE_WRITE))
			.orElse(false));
		model.addAttribute("now", LocalDateTime.now(CaseViews.ZONE).withSecond(0).withNano(0));
		return "cases/case";
	}

	/** The transitions the case's stage allows, for its action buttons. */
	static List<String> actions(CaseDetail c) {
		return switch (c.status()) {
			case ACCEPTED -> c.kind() == CaseKind.CRIMINAL ? List.of("register", "decline") : List.of("investigate");
			case REGISTERED -> List.of("investigate", "withdraw");
			case INVESTIGATING -> c.kind() == CaseKind.CRIMINAL ? List.of("solve", "withdraw") : List.of("decide", "mediate");
			case SOLVED -> List.of("transfer-for-prosecution");
			case DECIDED, MEDIATED -> List.of("conclude");
			case DECLINED, PROSECUTION, WITHDRAWN, CONCLUDED -> List.of("reopen");
		};
	}

	@PostMapping("/{id}/actions/{action}")
	@PreAuthorize("hasAuthority('case:write')")
	String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean factsProven, @RequestParam(defaultValue = "false") boolean actProven,
			@RequestParam(defaultValue = "false") boolean mainSuspectInCustody, @RequestParam(required = false) String penalty,
			@RequestParam(required = false) String fineYuan, @RequestParam(required = false) String detentionDays,
			RedirectAttributes redirect) {
		cases.get(id);
		try {
			CaseDetail after = switch (action) {
				case "register" -> cases.register(id);
				case "decline" -> cases.decline(id, new ReasonInput(reason));
				case "investigate" -> cases.investigate(id);
				case "solve" -> cases.solve(id, new SolveInput(factsProven, actProven, mainSuspectInCustody));
				case "transfer-for-prosecution" -> cases.transferForProsecution(id);
				case "withdraw" -> cases.withdraw(id, new ReasonInput(reason));
				case "decide" -> cases.decide(id, new DecisionInput(penalty == null || penalty.isBlank() ? null
						: Penalty.valueOf(penalty), decimal(fineYuan, "fineYuan"), integer(detentionDays, "detentionDays")));
				case "mediate" -> cases.mediate(id);
				case "conclude" -> cases.conclude(id);
				case "reopen" -> cases.reopen(id, new ReasonInput(reason));
				default -> throw new org.shouwang.platform.NotFoundException("Action");
			};
			redirect.addFlashAttribute("notice", message("cases.ui.moved", message("cases.status." + after.status().name())));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", message("cases.ui.invalid") + " penalty");
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/{id}/persons")
	@PreAuthorize("hasAuthority('case:write')")
	String addPerson(@PathVariable UUID id, @RequestParam(required = false) String role, @RequestParam(required = false) String name,
			@RequestParam(required = false) String sex, @RequestParam(required = false) String birthYear,
			@RequestParam(required = false) String idNumber, RedirectAttributes redirect) {
		cases.get(id);
		try {
			Map<String, String> errors = new LinkedHashMap<>();
			PersonRole r = parse(role, PersonRole.class, "role", errors);
			Sex s = parse(sex, Sex.class, "sex", errors);
			Integer year = integer(birthYear, "birthYear");
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors.keySet().iterator().next(), errors.values().iterator().next());
			}
			cases.addPerson(id, new PersonInput(r, name, s, year, idNumber));
			redirect.addFlashAttribute("notice", message("cases.ui.personAdded"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/cases/" + id + "#persons";
	}

	@GetMapping("/{id}/persons/{personId}")
	@PreAuthorize("hasAuthority('case:read') and hasAuthority('pii:unmask')")
	String person(@PathVariable UUID id, @PathVariable UUID personId, Model model) {
		model.addAttribute("c", cases.get(id));
		model.addAttribute("person", cases.unmaskedPerson(id, personId));
		return "cases/person";
	}

	@PostMapping("/{id}/apprehensions")
	@PreAuthorize("hasAuthority('case:write')")
	String apprehend(@PathVariable UUID id, @RequestParam(required = false) String personId,
			@RequestParam(required = false) String apprehendedAt, @RequestParam(required = false) String place,
			@RequestParam(required = false) String unitCode, @RequestParam(defaultValue = "false") boolean commandSupported,
			@RequestParam(defaultValue = "false") boolean onlineFugitive, RedirectAttributes redirect) {
		cases.get(id);
		try {
			cases.addApprehension(id, new ApprehensionInput(uuid(personId, "personId"), localTime(apprehendedAt, "apprehendedAt"),
					place, blank(unitCode), commandSupported, onlineFugitive));
			redirect.addFlashAttribute("notice", message("cases.ui.apprehended"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/cases/" + id + "#apprehensions";
	}

	@PostMapping("/{id}/apprehensions/{apprehensionId}/withdrawal")
	@PreAuthorize("hasAuthority('case:write')")
	String withdrawal(@PathVariable UUID id, @PathVariable UUID apprehensionId, RedirectAttributes redirect) {
		cases.get(id);
		try {
			cases.recordWithdrawal(id, apprehensionId);
			redirect.addFlashAttribute("notice", message("cases.ui.withdrawn"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/cases/" + id + "#apprehensions";
	}

	@PostMapping("/{id}/property")
	@PreAuthorize("hasAuthority('case:write')")
	String property(@PathVariable UUID id, @RequestParam(required = false) String description,
			@RequestParam(required = false) String quantity, @RequestParam(required = false) String valueYuan,
			@RequestParam(defaultValue = "false") boolean returned, RedirectAttributes redirect) {
		cases.get(id);
		try {
			cases.addProperty(id, new PropertyInput(description, integer(quantity, "quantity"), decimal(valueYuan, "valueYuan"), null,
					returned));
			redirect.addFlashAttribute("notice", message("cases.ui.propertyAdded"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/cases/" + id + "#property";
	}

	@PostMapping("/{id}/property/{propertyId}/returned")
	@PreAuthorize("hasAuthority('case:write')")
	String returned(@PathVariable UUID id, @PathVariable UUID propertyId, RedirectAttributes redirect) {
		cases.get(id);
		try {
			cases.markReturned(id, propertyId);
			redirect.addFlashAttribute("notice", message("cases.ui.returned"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/cases/" + id + "#property";
	}

	@PostMapping("/{id}/incidents")
	@PreAuthorize("hasAuthority('case:write')")
	String linkIncident(@PathVariable UUID id, @RequestParam(required = false) String incidentId, RedirectAttributes redirect) {
		cases.get(id);
		try {
			cases.linkIncident(id, uuid(incidentId, "incidentId"));
			redirect.addFlashAttribute("notice", message("cases.ui.linked"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		catch (org.shouwang.platform.NotFoundException ex) {
			redirect.addFlashAttribute("problem", message("cases.ui.noSuchIncident"));
		}
		return "redirect:/cases/" + id + "#incidents";
	}

	@PostMapping("/{id}/tasks")
	@PreAuthorize("hasAuthority('case:write')")
	String caseTask(@PathVariable UUID id, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String title, @RequestParam(required = false) String dueAt, RedirectAttributes redirect) {
		cases.get(id);
		try {
			operations.assignCaseTask(id, new TaskInput(blank(unitCode), title, localTime(dueAt, "dueAt"), null));
			redirect.addFlashAttribute("notice", message("cases.ui.taskAssigned"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/cases/" + id + "#tasks";
	}

	// ---- operations

	@GetMapping("/operations")
	@PreAuthorize("hasAuthority('case:read')")
	String operations(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
		String s = status == null || status.isBlank() ? null : status;
		var result = operations.list(s, Math.max(page, 0), PAGE_SIZE);
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("status", s);
		model.addAttribute("operations", result);
		model.addAttribute("status", s);
		model.addAttribute("units", caseUnits());
		model.addAttribute("previousLink", pageLink("/cases/operations", filters, result.page() - 1));
		model.addAttribute("nextLink", pageLink("/cases/operations", filters, result.page() + 1));
		return "cases/operations";
	}

	@PostMapping("/operations")
	@PreAuthorize("hasAuthority('case:write')")
	String startOperation(@RequestParam(required = false) String name, @RequestParam(required = false) String leadUnit,
			@RequestParam(required = false) List<String> units, @RequestParam(required = false) String summary,
			RedirectAttributes redirect) {
		try {
			var op = operations.start(new OperationInput(name, blank(leadUnit), units == null ? List.of() : units, summary));
			redirect.addFlashAttribute("notice", message("cases.ui.operationStarted", op.number()));
			return "redirect:/cases/operations/" + op.id();
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
			return "redirect:/cases/operations";
		}
	}

	@GetMapping("/operations/{id}")
	@PreAuthorize("hasAuthority('case:read')")
	String operation(@PathVariable UUID id, Model model) {
		model.addAttribute("op", operations.get(id));
		model.addAttribute("mayWrite", SignedInUser.current().map(u -> u.holds(org.shouwang.security.Permissions.CASE_WRITE))
			.orElse(false));
		model.addAttribute("units", caseUnits());
		model.addAttribute("now", LocalDateTime.now(CaseViews.ZONE).withSecond(0).withNano(0));
		return "cases/operation";
	}

	@PostMapping("/operations/{id}/cases")
	@PreAuthorize("hasAuthority('case:write')")
	String operationCase(@PathVariable UUID id, @RequestParam(required = false) String caseNumber, RedirectAttributes redirect) {
		operations.get(id);
		try {
			Optional<CaseSummary> found = caseNumber == null || caseNumber.isBlank() ? Optional.empty()
					: cases.list(new CaseFilter(null, null, null, null, null, null, null, caseNumber.strip(), null, null, null), 0, 2)
						.items().stream().filter(c -> c.number().equalsIgnoreCase(caseNumber.strip())).findFirst();
			if (found.isEmpty()) {
				throw new InvalidInputException("caseNumber", message("cases.ui.noSuchCase"));
			}
			operations.addCase(id, found.get().id());
			redirect.addFlashAttribute("notice", message("cases.ui.caseAdded", found.get().number()));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/cases/operations/" + id;
	}

	@PostMapping("/operations/{id}/tasks")
	@PreAuthorize("hasAuthority('case:write')")
	String operationTask(@PathVariable UUID id, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String title, @RequestParam(required = false) String dueAt, RedirectAttributes redirect) {
		operations.get(id);
		try {
			operations.assignTask(id, new TaskInput(blank(unitCode), title, localTime(dueAt, "dueAt"), null));
			redirect.addFlashAttribute("notice", message("cases.ui.taskAssigned"));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:/cases/operations/" + id;
	}

	@PostMapping("/tasks/{taskId}/done")
	@PreAuthorize("hasAuthority('case:write')")
	String taskDone(@PathVariable UUID taskId, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		try {
			operations.completeTask(taskId);
			redirect.addFlashAttribute("notice", message("cases.ui.taskDone"));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", problem(ex));
		}
		return "redirect:" + (back != null && back.startsWith("/cases") && !back.startsWith("//") ? back : "/cases/queue");
	}

	// ---- work queue

	@GetMapping("/queue")
	@PreAuthorize("hasAuthority('case:read')")
	String queue(@RequestParam(required = false) Long investigatorId, @RequestParam(required = false) String unitCode,
			Model model) {
		Long investigator = investigatorId;
		if (investigator == null) {
			investigator = SignedInUser.current().map(SignedInUser::officerBadge).flatMap(directory::findOfficerByBadge)
				.map(Officer::id).orElse(null);
		}
		DataScope scope = DataScope.current();
		String unit = blank(unitCode) != null ? unitCode.strip() : scope.unitCode().equals(DataScope.BRANCH) ? "WB-ZHZX"
				: scope.unitCode();
		model.addAttribute("investigator", investigator == null ? null : directory.findOfficer(investigator).orElse(null));
		model.addAttribute("mine", investigator == null ? Page.empty(PAGE_SIZE) : cases.queue(investigator, 0, 50));
		model.addAttribute("unit", unit);
		model.addAttribute("tasks", operations.unitQueue(unit, false, 0, 50));
		model.addAttribute("overdue", cases.overdueStages(false, 0, 20));
		model.addAttribute("enterpriseOverdue", cases.overdueStages(true, 0, 20));
		model.addAttribute("withdrawals", cases.overdueWithdrawals(0, 20));
		model.addAttribute("units", caseUnits());
		return "cases/queue";
	}

	// ---- helpers

	private List<OrgUnit> stations() {
		return directory.activeStations();
	}

	private List<OrgUnit> caseUnits() {
		return directory.allUnits().stream().filter(OrgUnit::active)
			.filter(u -> u.kind() == OrgUnitKind.STATION || u.kind() == OrgUnitKind.DEPARTMENT || u.kind() == OrgUnitKind.COMMAND_CENTER)
			.toList();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private <E extends Enum<E>> E parse(String value, Class<E> type, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, message("cases.validation.format"));
			return null;
		}
	}

	private Integer integer(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, message("cases.validation.format"));
		}
	}

	private BigDecimal decimal(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, message("cases.validation.format"));
		}
	}

	private UUID uuid(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, message("cases.validation.format"));
		}
	}

	/** A datetime-local field (Asia/Shanghai), or null. */
	private OffsetDateTime localTime(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(CaseViews.ZONE).toOffsetDateTime();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException(field, message("cases.validation.format"));
		}
	}

	static String pageLink(String path, Map<String, Object> filters, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		filters.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				builder.queryParam(name, value);
			}
		});
		return builder.queryParam("page", page).encode().build().toUriString();
	}

}
