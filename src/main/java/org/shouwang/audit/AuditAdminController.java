package org.shouwang.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.shouwang.platform.NavigationItem;
import org.shouwang.platform.Page;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The admin page of the trail: filtered list, newest first, "verify now" and "export checkpoint". */
@Controller
@RequestMapping("/admin/audit")
class AuditAdminController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditQueries queries;

	private final AuditIntegrity integrity;

	private final AuditTrail trail;

	private final ZoneId zone;

	AuditAdminController(AuditQueries queries, AuditIntegrity integrity, AuditTrail trail,
			@Value("${shouwang.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.queries = queries;
		this.integrity = integrity;
		this.trail = trail;
		this.zone = zone;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('audit:read')")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String outcome,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditOutcome parsedOutcome = Arrays.stream(AuditOutcome.values())
			.filter(o -> o.name().equals(outcome))
			.findFirst()
			.orElse(null);
		AuditQueries.AuditFilter filter = new AuditQueries.AuditFilter(instant(from), instant(to), actor, action,
				objectType, null, parsedOutcome);
		Page<AuditEntry> result = queries.find(filter, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("rows", result.items().stream().map(e -> new Row(e, TIME.format(e.occurredAt().atZone(zone)))).toList());
		model.addAttribute("result", result);
		model.addAttribute("pages", result.pages());
		model.addAttribute("filter", filter);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("outcome", parsedOutcome == null ? "" : parsedOutcome.name());
		model.addAttribute("knownActions", AuditAction.KNOWN);
		model.addAttribute("outcomes", AuditOutcome.values());
		model.addAttribute("prevUrl", result.page() > 0 ? link(from, to, filter, parsedOutcome, result.page() - 1) : null);
		model.addAttribute("nextUrl",
				result.page() + 1 < result.pages() ? link(from, to, filter, parsedOutcome, result.page() + 1) : null);
		model.addAttribute("canVerify", holds("audit:verify"));
		model.addAttribute("latestCheckpoint", latestCheckpoint());
		return "audit/list";
	}

	/** htmx: verifies the trail now and answers the result fragment. */
	@GetMapping("/verify")
	@PreAuthorize("hasAuthority('audit:verify')")
	String verify(Model model) {
		model.addAttribute("verification", integrity.verify());
		return "audit/verify-result :: result";
	}

	@PostMapping("/checkpoints")
	@PreAuthorize("hasAuthority('audit:verify')")
	String exportCheckpoint(RedirectAttributes redirect) {
		try {
			AuditCheckpoint checkpoint = integrity.export();
			trail.recordIndependently(AuditEvent.of(AuditAction.EXPORT, "audit_checkpoint", checkpoint.headSequence(),
					AuditOutcome.SUCCESS));
			redirect.addFlashAttribute("exported", new CheckpointView(checkpoint, TIME.format(checkpoint.createdAt().atZone(zone))));
		}
		catch (AuditIntegrity.CheckpointRefusedException ex) {
			trail.recordIndependently(AuditEvent.of(AuditAction.EXPORT, "audit_checkpoint", null, AuditOutcome.FAILED));
			redirect.addFlashAttribute("refused", ex.result());
		}
		return "redirect:/admin/audit";
	}

	private CheckpointView latestCheckpoint() {
		try {
			return integrity.latest().map(c -> new CheckpointView(c, TIME.format(c.createdAt().atZone(zone)))).orElse(null);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String link(LocalDateTime from, LocalDateTime to, AuditQueries.AuditFilter filter,
			AuditOutcome outcome, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
		if (from != null) {
			uri.queryParam("from", from);
		}
		if (to != null) {
			uri.queryParam("to", to);
		}
		if (filter.actor() != null) {
			uri.queryParam("actor", filter.actor());
		}
		if (filter.action() != null) {
			uri.queryParam("action", filter.action());
		}
		if (filter.objectType() != null) {
			uri.queryParam("objectType", filter.objectType());
		}
		if (outcome != null) {
			uri.queryParam("outcome", outcome.name());
		}
		return uri.queryParam("page", page).encode().build().toUriString();
	}

	private Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(zone).toInstant();
	}

	private static boolean holds(String authority) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null
				&& auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}

	/** An entry with its time in the branch's zone. */
	record Row(AuditEntry entry, String time) {
	}

	/** A checkpoint with its time in the branch's zone. */
	record CheckpointView(AuditCheckpoint checkpoint, String time) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem auditNavigation() {
			return new NavigationItem("nav.audit", "/admin/audit", 90, "audit:read");
		}
	}
}
