package org.shouwang.prevention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shouwang.command.IncidentCategory;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NavigationItem;
import org.shouwang.prevention.Guards;
import org.shouwang.prevention.HotspotAnalysisView;
import org.shouwang.prevention.HotspotRequest;
import org.shouwang.prevention.Hotspots;
import org.shouwang.prevention.PatrolPlanView;
import org.shouwang.prevention.PatrolPlanning;
import org.shouwang.prevention.Remediation;
import org.shouwang.prevention.RosterView;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of prevention and control: {@code /prevention}. */
@Controller
@RequestMapping("/prevention")
class PreventionPages {

	private final PatrolPlanning plans;

	private final Guards guards;

	private final Hotspots hotspots;

	private final Remediation remediation;

	PreventionPages(PatrolPlanning plans, Guards guards, Hotspots hotspots, Remediation remediation) {
		this.plans = plans;
		this.guards = guards;
		this.hotspots = hotspots;
		this.remediation = remediation;
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem preventionNavigationItem() {
			return new NavigationItem("nav.prevention", "/prevention", 40, "prevention:read");
		}
	}

	@GetMapping({ "", "/key-places", "/campuses" })
	@PreAuthorize("hasAuthority('prevention:read')")
	String overview(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("plans", plans.list(null, Math.max(0, page), 20));
		model.addAttribute("keyPlaces", guards.keyPlaces());
		model.addAttribute("coverage", guards.coverage());
		model.addAttribute("projects", remediation.list(null, 0, 50));
		return "prevention/overview";
	}

	@GetMapping("/plans/{id}")
	@PreAuthorize("hasAuthority('prevention:read')")
	String plan(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Model model) {
		PatrolPlanView plan = plans.get(id);
		RosterView roster = plans.roster(id);
		LocalDate shown = day != null && !day.isBefore(plan.startsOn()) && !day.isAfter(plan.endsOn()) ? day : plan.startsOn();
		List<RosterView.Slot> slots = roster.slots().stream().filter(s -> s.day().equals(shown)).toList();
		model.addAttribute("plan", plan);
		model.addAttribute("roster", roster);
		model.addAttribute("day", shown);
		model.addAttribute("slots", slots);
		model.addAttribute("progress", plans.progress(id));
		model.addAttribute("days", days(plan));
		return "prevention/plan";
	}

	@PostMapping("/plans/{id}/solve")
	@PreAuthorize("hasAuthority('prevention:write')")
	String solve(@PathVariable UUID id, @RequestParam(required = false) Integer seconds, RedirectAttributes redirect) {
		try {
			plans.solve(id, seconds);
		}
		catch (InvalidInputException | org.shouwang.platform.ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/prevention/plans/" + id;
	}

	@PostMapping("/plans/{id}/stop")
	@PreAuthorize("hasAuthority('prevention:write')")
	String stop(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			plans.stop(id);
		}
		catch (org.shouwang.platform.ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/prevention/plans/" + id;
	}

	@PostMapping("/plans/{id}/publish")
	@PreAuthorize("hasAuthority('prevention:write')")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			plans.publish(id);
		}
		catch (org.shouwang.platform.ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/prevention/plans/" + id;
	}

	@GetMapping("/hotspots")
	@PreAuthorize("hasAuthority('prevention:read')")
	String hotspotMap(@RequestParam(required = false) UUID id, Model model) {
		HotspotAnalysisView analysis = null;
		if (id != null) {
			analysis = hotspots.analysis(id);
		}
		else {
			var latest = hotspots.analyses(0, 1).items();
			if (!latest.isEmpty()) {
				analysis = hotspots.analysis(latest.get(0).id());
			}
		}
		model.addAttribute("analysis", analysis);
		model.addAttribute("analyses", hotspots.analyses(0, 20).items());
		model.addAttribute("categories", IncidentCategory.values());
		return "prevention/hotspots";
	}

	@PostMapping("/hotspots")
	@PreAuthorize("hasAuthority('prevention:write')")
	String analyse(@RequestParam(required = false) List<IncidentCategory> category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer resolution, @RequestParam(required = false) Integer rings,
			@RequestParam(required = false) Integer permutations, RedirectAttributes redirect) {
		Set<IncidentCategory> categories = category == null || category.isEmpty() ? Set.of() : EnumSet.copyOf(category);
		try {
			HotspotAnalysisView view = hotspots.analyse(new HotspotRequest(categories, from, to, resolution, rings, permutations));
			return "redirect:/prevention/hotspots?id=" + view.id();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("error", e.errors().stream().map(x -> x.field() + ": " + x.message())
				.collect(Collectors.joining("; ")));
			return "redirect:/prevention/hotspots";
		}
	}

	@GetMapping("/remediation/{id}")
	@PreAuthorize("hasAuthority('prevention:read')")
	String project(@PathVariable UUID id, Model model) {
		model.addAttribute("project", remediation.get(id));
		return "prevention/remediation";
	}

	/** Days of a plan, for the day picker. */
	static List<LocalDate> days(PatrolPlanView plan) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = plan.startsOn(); !d.isAfter(plan.endsOn()); d = d.plusDays(1)) {
			days.add(d);
		}
		return days;
	}
}
