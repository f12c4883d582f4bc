package org.shouwang.workforce.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NavigationItem;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;
import org.shouwang.workforce.Kinds;
import org.shouwang.workforce.Workforce;
import org.shouwang.workforce.WorkforceInputs;

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

/**
 * The 队伍建设 page {@code /workforce}: a year's counts and, per tab, the list (paged) with the form that adds to it;
 * difficulties are resolved from their row.
 */
@Controller
@RequestMapping("/workforce")
class WorkforcePages {

	private static final int PAGE_SIZE = 20;

	private final Workforce workforce;

	private final MessageSource messages;

	WorkforcePages(Workforce workforce, MessageSource messages) {
		this.workforce = workforce;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('workforce:read')")
	String page(@RequestParam(defaultValue = "study") String tab, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return render(model, tab, year, Math.max(0, page), Map.of(), Map.of());
	}

	@PostMapping("/{tab}")
	@PreAuthorize("hasAuthority('workforce:write')")
	String record(@PathVariable String tab, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = new TreeMap<>();
		try {
			String unit = form.getOrDefault("unitCode", "").strip();
			switch (tab) {
				case "study" -> workforce.recordStudySession(new WorkforceInputs.StudySessionInput(unit,
						kind(Kinds.StudyKind.class, form.get("kind")), form.get("topic"), date(form.get("heldOn"), "heldOn"),
						number(form.get("attendance"), "attendance")), false);
				case "events" -> workforce.recordCulturalEvent(new WorkforceInputs.CulturalEventInput(unit,
						kind(Kinds.EventKind.class, form.get("kind")), form.get("title"), date(form.get("heldOn"), "heldOn"),
						number(form.get("officerParticipants"), "officerParticipants"),
						number(form.get("familyParticipants"), "familyParticipants")), false);
				case "visits" -> workforce.recordWelfareVisit(new WorkforceInputs.WelfareVisitInput(unit,
						kind(Kinds.VisitOccasion.class, form.get("occasion")), date(form.get("visitedOn"), "visitedOn"),
						form.get("officerBadge"), form.get("note")), false);
				case "difficulties" -> workforce.raiseDifficulty(new WorkforceInputs.DifficultyInput(unit, null,
						kind(Kinds.DifficultyCategory.class, form.get("category")), form.get("description"),
						date(form.get("raisedOn"), "raisedOn")), false);
				default -> throw new org.shouwang.platform.NotFoundException("Tab");
			}
			redirect.addFlashAttribute("notice", message("workforce.ui.saved"));
			return "redirect:/workforce?tab=" + tab;
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		}
		response.setStatus(400);
		return render(model, tab, null, 0, form, errors);
	}

	@PostMapping("/difficulties/{id}/resolve")
	@PreAuthorize("hasAuthority('workforce:write')")
	String resolve(@PathVariable UUID id, @RequestParam(required = false) String resolvedOn,
			@RequestParam(required = false) String resolution, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			workforce.resolveDifficulty(id, date(resolvedOn, "resolvedOn"), resolution);
			redirect.addFlashAttribute("notice", message("workforce.ui.resolved"));
			return "redirect:/workforce?tab=difficulties";
		}
		catch (InvalidInputException | ConflictException ex) {
			response.setStatus(ex instanceof ConflictException ? 409 : 400);
			model.addAttribute("problem", ex instanceof InvalidInputException iie && !iie.errors().isEmpty()
					? iie.errors().get(0).field() + ": " + iie.errors().get(0).message() : ex.getMessage());
			return render(model, "difficulties", null, 0, Map.of(), Map.of());
		}
	}

	private String render(Model model, String tab, Integer year, int page, Map<String, String> form,
			Map<String, String> errors) {
		int y = year == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() : year;
		String t = switch (tab) {
			case "events", "visits", "difficulties" -> tab;
			default -> "study";
		};
		Page<?> items = switch (t) {
			case "events" -> workforce.culturalEvents(y, null, page, PAGE_SIZE);
			case "visits" -> workforce.welfareVisits(y, null, page, PAGE_SIZE);
			case "difficulties" -> workforce.difficulties(y, null, page, PAGE_SIZE);
			default -> workforce.studySessions(y, null, page, PAGE_SIZE);
		};
		model.addAttribute("tab", t);
		model.addAttribute("year", y);
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(2024, Math.max(y, LocalDate.now().getYear()))
			.boxed().sorted(java.util.Comparator.reverseOrder()).toList());
		model.addAttribute("items", items);
		model.addAttribute("summary", workforce.summary(y, null));
		model.addAttribute("previous", workforce.summary(y - 1, null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("defaultUnit", DataScope.current().unitCode());
		model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
		model.addAttribute("studyKinds", Kinds.StudyKind.values());
		model.addAttribute("eventKinds", Kinds.EventKind.values());
		model.addAttribute("occasions", Kinds.VisitOccasion.values());
		model.addAttribute("categories", Kinds.DifficultyCategory.values());
		if (!errors.isEmpty()) {
			model.addAttribute("problem", message("workforce.ui.invalid"));
		}
		return "workforce/page";
	}

	private static <E extends Enum<E>> E kind(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
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

	private static Integer number(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "must be a whole number");
		}
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem workforceNavigationItem() {
			return new NavigationItem("nav.workforce", "/workforce", 70, "workforce:read");
		}
	}
}
