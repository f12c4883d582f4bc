package org.shouwang.hazards.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shouwang.hazards.Hazard;
import org.shouwang.hazards.HazardCategory;
import org.shouwang.hazards.HazardFilter;
import org.shouwang.hazards.HazardSeverity;
import org.shouwang.hazards.HazardSource;
import org.shouwang.hazards.HazardStatus;
import org.shouwang.hazards.Hazards;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NavigationItem;
import org.shouwang.platform.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The hazard pages: the station's list (overdue first) with filters and paging, and one hazard with its next step. */
@Controller
class HazardPages {

	private static final int PAGE_SIZE = 25;

	private final Hazards hazards;

	private final MessageSource messages;

	HazardPages(Hazards hazards, MessageSource messages) {
		this.hazards = hazards;
		this.messages = messages;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem hazardsNavigationItem() {
			return new NavigationItem("nav.hazards", "/hazards", 31, "hazard:read");
		}
	}

	@GetMapping("/hazards")
	@PreAuthorize("hasAuthority('hazard:read')")
	String list(@RequestParam(required = false) HazardStatus status, @RequestParam(required = false) HazardSource source,
			@RequestParam(required = false) HazardCategory category, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String gridCode,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<Hazard> list = hazards.list(new HazardFilter(null, gridCode, status, source, category, null, open, overdue, null),
				Math.max(0, page), PAGE_SIZE);
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("status", status);
		filters.put("source", source);
		filters.put("category", category);
		filters.put("open", open);
		filters.put("overdue", overdue);
		filters.put("gridCode", gridCode);
		model.addAttribute("hazards", list);
		model.addAttribute("filter", filters);
		model.addAttribute("filtered", filters.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()));
		model.addAttribute("previousLink", link(filters, list.page() - 1));
		model.addAttribute("nextLink", link(filters, list.page() + 1));
		model.addAttribute("statuses", HazardStatus.values());
		model.addAttribute("sources", HazardSource.values());
		model.addAttribute("categories", HazardCategory.values());
		model.addAttribute("severities", HazardSeverity.values());
		return "hazards/list";
	}

	@GetMapping("/hazards/{ref}")
	@PreAuthorize("hasAuthority('hazard:read')")
	String detail(@PathVariable String ref, Model model) {
		model.addAttribute("hazard", hazards.get(ref));
		model.addAttribute("suggestedDeadline", LocalDate.now(org.shouwang.platform.indicators.IndicatorPeriod.ZONE).plusDays(7));
		return "hazards/detail";
	}

	@PostMapping("/hazards/{ref}/{step}")
	@PreAuthorize("hasAuthority('hazard:write')")
	String step(@PathVariable String ref, @PathVariable String step, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Hazard h = hazards.get(ref);
		try {
			switch (step) {
				case "order" -> hazards.orderRectification(ref, date(form.get("deadline")), form.get("responsibleParty"));
				case "rectified" -> hazards.markRectified(ref, date(form.get("rectifiedOn")), form.get("evidence"));
				case "verify" -> hazards.verify(ref, form.get("note"));
				default -> throw new NotFoundException("Step");
			}
			redirect.addFlashAttribute("notice", messages.getMessage("hazard.ui.saved", new Object[] { h.number() },
					LocaleContextHolder.getLocale()));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/hazards/" + h.number();
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException("date", "must be a date (yyyy-mm-dd)");
		}
	}

	private static String link(Map<String, Object> filters, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/hazards");
		filters.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				builder.queryParam(name, value);
			}
		});
		return builder.queryParam("page", page).encode().build().toUriString();
	}
}
