package org.shouwang.antifraud.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.shouwang.antifraud.ChecklistItem;
import org.shouwang.antifraud.ContactMethod;
import org.shouwang.antifraud.FraudType;
import org.shouwang.antifraud.FraudWarnings;
import org.shouwang.antifraud.IdempotencyKeyReusedException;
import org.shouwang.antifraud.OutcomeInput;
import org.shouwang.antifraud.RiskLevel;
import org.shouwang.antifraud.WarningFilter;
import org.shouwang.antifraud.WarningInput;
import org.shouwang.antifraud.WarningOutcome;
import org.shouwang.antifraud.WarningStatus;
import org.shouwang.antifraud.WarningView;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NavigationItem;
import org.shouwang.platform.Page;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * The anti-fraud pages: the live queue of open orders with countdowns against their deadlines ({@code /antifraud}),
 * the list of all orders with filters ({@code /antifraud/warnings}), an order's page with its steps and the outcome
 * form, entry by hand and the CSV import.
 */
@Controller
@RequestMapping("/antifraud")
class WarningPages {

	private static final int PAGE_SIZE = 25;

	private final FraudWarnings warnings;

	private final Grids grids;

	private final MessageSource messages;

	WarningPages(FraudWarnings warnings, Grids grids, MessageSource messages) {
		this.warnings = warnings;
		this.grids = grids;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('antifraud:read')")
	String queue(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<WarningView> open = warnings.list(WarningFilter.openQueue(), Math.max(0, page), 50);
		model.addAttribute("queue", open);
		model.addAttribute("counts", warnings.queueCounts());
		model.addAttribute("stations", stations());
		model.addAttribute("now", warnings.now().toEpochMilli());
		return "antifraud/queue";
	}

	@GetMapping("/warnings")
	@PreAuthorize("hasAuthority('antifraud:read')")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String riskLevel,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String stationCode,
			@RequestParam(required = false) String overdue, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		WarningFilter filter = new WarningFilter(parse(WarningStatus.class, status), RiskLevel.parse(riskLevel).orElse(null),
				parse(WarningOutcome.class, outcome), blank(stationCode), null, "true".equals(overdue) ? Boolean.TRUE : null,
				date(from), date(to), blank(q));
		Page<WarningView> result = warnings.list(filter, Math.max(0, page), PAGE_SIZE);
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("status", filter.status());
		filters.put("riskLevel", filter.riskLevel());
		filters.put("outcome", filter.outcome());
		filters.put("stationCode", filter.stationCode());
		filters.put("overdue", filter.overdue());
		filters.put("from", filter.from());
		filters.put("to", filter.to());
		filters.put("q", filter.q());
		model.addAttribute("filter", filter);
		model.addAttribute("warnings", result);
		model.addAttribute("filtered", !filter.isEmpty());
		model.addAttribute("stations", stations());
		model.addAttribute("statuses", WarningStatus.values());
		model.addAttribute("risks", RiskLevel.values());
		model.addAttribute("outcomes", WarningOutcome.values());
		model.addAttribute("previousLink", link("/antifraud/warnings", filters, result.page() - 1));
		model.addAttribute("nextLink", link("/antifraud/warnings", filters, result.page() + 1));
		return "antifraud/warnings";
	}

	@GetMapping("/warnings/{id}")
	@PreAuthorize("hasAuthority('antifraud:read')")
	String warning(@PathVariable UUID id, Model model) {
		return page(model, warnings.get(id), null, Map.of());
	}

	@PostMapping("/warnings/{id}/unmask")
	@PreAuthorize("hasAuthority('antifraud:read') and hasAuthority('pii:unmask')")
	String unmask(@PathVariable UUID id, Model model) {
		WarningView view = warnings.get(id);
		return page(model, view, warnings.unmaskPhone(id), Map.of());
	}

	@PostMapping("/warnings/{id}/contact")
	@PreAuthorize("hasAuthority('antifraud:write')")
	String contact(@PathVariable UUID id, @RequestParam(required = false) String method, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, model, redirect, response, "antifraud.ui.contacted",
				() -> warnings.recordContact(id, parse(ContactMethod.class, method), null));
	}

	@PostMapping("/warnings/{id}/visit")
	@PreAuthorize("hasAuthority('antifraud:write')")
	String visit(@PathVariable UUID id, @RequestParam(name = "checklist", required = false) List<String> checklist,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Set<ChecklistItem> done = EnumSet.noneOf(ChecklistItem.class);
		if (checklist != null) {
			checklist.stream().map(c -> parse(ChecklistItem.class, c)).filter(c -> c != null).forEach(done::add);
		}
		return step(id, model, redirect, response, "antifraud.ui.visited", () -> warnings.recordVisit(id, done, null));
	}

	@PostMapping("/warnings/{id}/outcome")
	@PreAuthorize("hasAuthority('antifraud:write')")
	String outcome(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String lossAvoided, @RequestParam(required = false) String lossAmount,
			@RequestParam(required = false) String urgentStopAccount, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, model, redirect, response, "antifraud.ui.closed", () -> warnings.close(id, new OutcomeInput(
				parse(WarningOutcome.class, outcome), amount("lossAvoided", lossAvoided), amount("lossAmount", lossAmount),
				urgentStopAccount, note)));
	}

	@GetMapping("/warnings/new")
	@PreAuthorize("hasAuthority('antifraud:write')")
	String newWarning(Model model) {
		return form(model, Map.of(), Map.of(), UUID.randomUUID().toString());
	}

	@PostMapping("/warnings")
	@PreAuthorize("hasAuthority('antifraud:write')")
	String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new TreeMap<>();
		try {
			WarningInput input = new WarningInput(blank(form.get("externalId")), form.get("victimPhone"),
					location(form, errors), form.get("riskLevel"), form.get("fraudType"), form.get("suspiciousContact"),
					form.get("summary"), null);
			if (!errors.isEmpty()) {
				warnings.validate(input);
			}
			if (errors.isEmpty()) {
				FraudWarnings.Intake intake = warnings.create(form.get("idempotencyKey"), input);
				redirect.addFlashAttribute("notice", message("antifraud.ui.created", intake.warning().number()));
				return "redirect:/antifraud/warnings/" + intake.warning().id();
			}
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(e -> errors.putIfAbsent(e.field().replace("location.", ""), e.message()));
		}
		catch (IdempotencyKeyReusedException ex) {
			errors.put("idempotencyKey", ex.getMessage());
		}
		response.setStatus(400);
		return form(model, form, errors, form.getOrDefault("idempotencyKey", UUID.randomUUID().toString()));
	}

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('antifraud:write')")
	String importForm() {
		return "antifraud/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('antifraud:write')")
	String importCsv(@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			Model model, HttpServletResponse response) throws java.io.IOException {
		try {
			FraudWarnings.ImportResult result = warnings.importCsv(file == null ? new byte[0] : file.getBytes());
			model.addAttribute("result", result);
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("errors", ex.errors());
		}
		return "antifraud/import";
	}

	// ---- helpers

	private String step(UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response, String done,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", message(done));
			return "redirect:/antifraud/warnings/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			Map<String, String> errors = new TreeMap<>();
			ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
			return page(model, warnings.get(id), null, errors);
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("problem", ex.getMessage());
			return page(model, warnings.get(id), null, Map.of());
		}
	}

	private String page(Model model, WarningView view, String phone, Map<String, String> errors) {
		model.addAttribute("w", view);
		model.addAttribute("fullPhone", phone);
		model.addAttribute("errors", errors);
		model.addAttribute("stations", stations());
		model.addAttribute("methods", ContactMethod.values());
		model.addAttribute("checklistItems", ChecklistItem.values());
		model.addAttribute("outcomes", WarningOutcome.values());
		model.addAttribute("now", warnings.now().toEpochMilli());
		if (errors != null && !errors.isEmpty() && !model.containsAttribute("problem")) {
			model.addAttribute("problem", message("antifraud.ui.invalid"));
		}
		return "antifraud/warning";
	}

	private String form(Model model, Map<String, String> form, Map<String, String> errors, String key) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("idempotencyKey", key);
		model.addAttribute("risks", RiskLevel.values());
		model.addAttribute("types", FraudType.values());
		return "antifraud/warning-form";
	}

	private static WarningInput.Location location(Map<String, String> form, Map<String, String> errors) {
		Double lat = decimal(form.get("lat"), "lat", errors);
		Double lng = decimal(form.get("lng"), "lng", errors);
		String address = blank(form.get("address"));
		return lat == null && lng == null && address == null ? null : new WarningInput.Location(lat, lng, address);
	}

	private static Double decimal(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be a number in decimal degrees");
			return null;
		}
	}

	private static Long amount(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "must be a whole number of 元");
		}
	}

	/** Station code → name, from the grids (the 派出所 whose jurisdiction they lie in). */
	private Map<String, String> stations() {
		Map<String, String> names = new TreeMap<>();
		for (Grid grid : grids.all()) {
			names.putIfAbsent(grid.stationCode(), grid.stationName());
		}
		return names;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static String link(String path, Map<String, Object> filters, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		filters.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				builder.queryParam(name, value);
			}
		});
		return builder.queryParam("page", page).encode().build().toUriString();
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem antifraudNavigationItem() {
			return new NavigationItem("nav.antifraud", "/antifraud", 40, "antifraud:read");
		}
	}
}
