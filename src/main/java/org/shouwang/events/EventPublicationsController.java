package org.shouwang.events;

import java.util.Map;
import java.util.UUID;

import org.shouwang.platform.NavigationItem;
import org.shouwang.platform.Page;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incomplete event publications for administrators: the page {@code /admin/events} and the API
 * {@code /api/v1/admin/event-publications} (list; retry all; retry one).
 */
@Controller
class EventPublicationsController {

	private static final int PAGE_SIZE = 50;

	private final EventPublications publications;

	private final MessageSource messages;

	EventPublicationsController(EventPublications publications, MessageSource messages) {
		this.publications = publications;
		this.messages = messages;
	}

	@GetMapping("/admin/events")
	@PreAuthorize("hasAuthority('" + EventsPermissions.EVENTS_ADMIN + "')")
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("publications", publications.incomplete(Math.max(0, page), PAGE_SIZE));
		return "events/list";
	}

	@PostMapping("/admin/events/retry")
	@PreAuthorize("hasAuthority('" + EventsPermissions.EVENTS_ADMIN + "')")
	String retryFromPage(@RequestParam(required = false) UUID id, RedirectAttributes redirect) {
		if (id == null) {
			long count = publications.retryAll();
			redirect.addFlashAttribute("notice", message("events.retried.all", count));
		}
		else {
			publications.retry(id);
			redirect.addFlashAttribute("notice", message("events.retried.one", id));
		}
		return "redirect:/admin/events";
	}

	@GetMapping("/api/v1/admin/event-publications")
	@PreAuthorize("hasAuthority('" + EventsPermissions.EVENTS_ADMIN + "')")
	@ResponseBody
	Page<IncompletePublication> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return publications.incomplete(page, size);
	}

	@PostMapping("/api/v1/admin/event-publications/retry")
	@PreAuthorize("hasAuthority('" + EventsPermissions.EVENTS_ADMIN + "')")
	@ResponseBody
	Map<String, Long> retryAll() {
		return Map.of("resubmitted", publications.retryAll());
	}

	@PostMapping("/api/v1/admin/event-publications/{id}/retry")
	@PreAuthorize("hasAuthority('" + EventsPermissions.EVENTS_ADMIN + "')")
	ResponseEntity<Void> retry(@PathVariable UUID id) {
		publications.retry(id);
		return ResponseEntity.noContent().build();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** The page's entry in the administrators' navigation. */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem eventsNavigationItem() {
			return new NavigationItem("nav.events", "/admin/events", 92, EventsPermissions.EVENTS_ADMIN);
		}
	}
}
