package org.shouwang.enterprise.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.shouwang.enterprise.Enterprise;
import org.shouwang.enterprise.EnterpriseInputs;
import org.shouwang.enterprise.EnterpriseIssue;
import org.shouwang.enterprise.EnterpriseListItem;
import org.shouwang.enterprise.Enterprises;
import org.shouwang.enterprise.Liaison;
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

/** The 警企 pages: the registry with filters and paging, registration, an enterprise's page with its liaison work. */
@Controller
@RequestMapping("/enterprises")
class EnterprisePages {

	private static final int PAGE_SIZE = 20;

	private final Enterprises enterprises;

	private final MessageSource messages;

	EnterprisePages(Enterprises enterprises, MessageSource messages) {
		this.enterprises = enterprises;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('enterprise:read')")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Enterprise.Kind k = parse(Enterprise.Kind.class, kind);
		Page<EnterpriseListItem> result = enterprises.list(k, q, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("items", result);
		model.addAttribute("kind", k);
		model.addAttribute("q", q);
		model.addAttribute("kinds", Enterprise.Kind.values());
		model.addAttribute("filtered", k != null || (q != null && !q.isBlank()));
		return "enterprise/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('enterprise:write')")
	String newForm(Model model) {
		return form(model, Map.of(), Map.of());
	}

	@PostMapping
	@PreAuthorize("hasAuthority('enterprise:write')")
	String register(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new TreeMap<>();
		try {
			Enterprise e = enterprises.register(new EnterpriseInputs.EnterpriseInput(form.get("name"),
					parse(Enterprise.Kind.class, form.get("kind")), form.get("address"), decimal(form.get("lat"), "lat"),
					decimal(form.get("lng"), "lng"), form.get("stationCode"), form.get("leaderName"), form.get("leaderTitle"),
					"true".equals(form.get("policePost"))));
			redirect.addFlashAttribute("notice", message("enterprise.ui.registered", e.name()));
			return "redirect:/enterprises/" + e.id();
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(er -> errors.putIfAbsent(er.field(), er.message()));
			response.setStatus(400);
		}
		catch (ConflictException ex) {
			errors.put("name", ex.getMessage());
			response.setStatus(409);
		}
		return form(model, form, errors);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('enterprise:read')")
	String detail(@PathVariable UUID id, Model model) {
		return detail(model, id);
	}

	@PostMapping("/{id}/liaisons")
	@PreAuthorize("hasAuthority('enterprise:write')")
	String liaison(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return step(id, model, redirect, response, () -> enterprises.recordLiaison(id, new EnterpriseInputs.LiaisonInput(
				parse(Liaison.Kind.class, form.get("kind")), date(form.get("heldOn"), "heldOn"), form.get("summary"))));
	}

	@PostMapping("/{id}/issues")
	@PreAuthorize("hasAuthority('enterprise:write')")
	String issue(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return step(id, model, redirect, response, () -> enterprises.raiseIssue(id, new EnterpriseInputs.IssueInput(null,
				date(form.get("raisedOn"), "raisedOn"), form.get("description"))));
	}

	@PostMapping("/{id}/issues/{issueId}/follow-ups")
	@PreAuthorize("hasAuthority('enterprise:write')")
	String followUp(@PathVariable UUID id, @PathVariable UUID issueId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, model, redirect, response, () -> enterprises.followUp(issueId,
				new EnterpriseInputs.FollowUpInput(date(form.get("on"), "on"), form.get("note"))));
	}

	@PostMapping("/{id}/issues/{issueId}/close")
	@PreAuthorize("hasAuthority('enterprise:write')")
	String close(@PathVariable UUID id, @PathVariable UUID issueId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, model, redirect, response, () -> enterprises.close(issueId,
				new EnterpriseInputs.CloseInput(date(form.get("closedOn"), "closedOn"), form.get("resolution"))));
	}

	private String step(UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response, Runnable action) {
		enterprises.detail(id);
		try {
			action.run();
			redirect.addFlashAttribute("notice", message("enterprise.ui.saved"));
			return "redirect:/enterprises/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(400);
			model.addAttribute("problem", ex.errors().isEmpty() ? ex.getMessage()
					: ex.errors().get(0).field() + ": " + ex.errors().get(0).message());
		}
		catch (ConflictException ex) {
			response.setStatus(409);
			model.addAttribute("problem", ex.getMessage());
		}
		return detail(model, id);
	}

	private String detail(Model model, UUID id) {
		model.addAttribute("d", enterprises.detail(id));
		model.addAttribute("liaisonKinds", Liaison.Kind.values());
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		model.addAttribute("closedStatus", EnterpriseIssue.Status.CLOSED);
		return "enterprise/detail";
	}

	private String form(Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("form", new LinkedHashMap<>(form));
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", Enterprise.Kind.values());
		return "enterprise/form";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Double decimal(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "must be a number in decimal degrees");
		}
	}

	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException(field, "must be a date (yyyy-mm-dd)");
		}
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem enterpriseNavigationItem() {
			return new NavigationItem("nav.enterprise", "/enterprises", 45, "enterprise:read");
		}
	}
}
