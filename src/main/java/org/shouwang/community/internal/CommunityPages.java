package org.shouwang.community.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.shouwang.community.Audience;
import org.shouwang.community.CommunityOverview;
import org.shouwang.community.Dispute;
import org.shouwang.community.DisputeFilter;
import org.shouwang.community.DisputeKind;
import org.shouwang.community.DisputeResult;
import org.shouwang.community.DisputeStatus;
import org.shouwang.community.DisputeTier;
import org.shouwang.community.Disputes;
import org.shouwang.community.GridTeam;
import org.shouwang.community.GridTeams;
import org.shouwang.community.MediationSession;
import org.shouwang.community.NewVisit;
import org.shouwang.community.Party;
import org.shouwang.community.PremisesKind;
import org.shouwang.community.Publicity;
import org.shouwang.community.PublicityFilter;
import org.shouwang.community.PublicityTheme;
import org.shouwang.community.Satisfaction;
import org.shouwang.community.StationOverview;
import org.shouwang.community.Visit;
import org.shouwang.community.VisitFilter;
import org.shouwang.community.VisitPurpose;
import org.shouwang.community.Visits;
import org.shouwang.community.VolunteerTeam;
import org.shouwang.community.Volunteers;
import org.shouwang.geography.Grid;
import org.shouwang.geography.Grids;
import org.shouwang.hazards.HazardCategory;
import org.shouwang.hazards.HazardFilter;
import org.shouwang.hazards.HazardSeverity;
import org.shouwang.hazards.Hazards;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.Page;
import org.shouwang.security.DataScope;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The community pages: the station chief's overview, the one-minute visit form (phone-width), visits, grid teams,
 * volunteers, disputes (with the loop's steps) and publicity; lists with filters and paging, within the caller's scope.
 */
@Controller
class CommunityPages {

	private static final int PAGE_SIZE = 25;

	private final CommunityOverview overview;

	private final GridTeams teams;

	private final Visits visits;

	private final Volunteers volunteers;

	private final Disputes disputes;

	private final Publicity publicity;

	private final Hazards hazards;

	private final Grids grids;

	private final MessageSource messages;

	CommunityPages(CommunityOverview overview, GridTeams teams, Visits visits, Volunteers volunteers, Disputes disputes,
			Publicity publicity, Hazards hazards, Grids grids, MessageSource messages) {
		this.overview = overview;
		this.teams = teams;
		this.visits = visits;
		this.volunteers = volunteers;
		this.disputes = disputes;
		this.publicity = publicity;
		this.hazards = hazards;
		this.grids = grids;
		this.messages = messages;
	}

	// ---- overview

	@GetMapping("/community")
	@PreAuthorize("hasAuthority('community:read')")
	String overview(Model model) {
		List<StationOverview> stations = overview.stations();
		model.addAttribute("stations", stations);
		model.addAttribute("total", total(stations));
		model.addAttribute("gaps", teams.staffingGaps(null));
		model.addAttribute("overdueDisputes",
				disputes.list(new DisputeFilter(null, null, null, null, null, null, true), 0, 10));
		model.addAttribute("overdueHazards", hazards.list(
				new HazardFilter(null, null, null, null, null, null, true, true, null), 0, 10));
		model.addAttribute("behind", visits.coverage(null, null, null).stream().filter(c -> c.behindPlan()).limit(12).toList());
		return "community/overview";
	}

	private static StationOverview total(List<StationOverview> stations) {
		int grids = 0, full = 0, gaps = 0, behind = 0;
		long visits = 0, target = 0, open = 0, overdue = 0, hazards = 0, overdueHazards = 0;
		for (StationOverview s : stations) {
			grids += s.grids();
			full += s.fullTeams();
			gaps += s.understaffed();
			visits += s.visitsThisMonth();
			target += s.visitTargetThisMonth();
			behind += s.gridsBehindPlan();
			open += s.openDisputes();
			overdue += s.overdueDisputes();
			hazards += s.openHazards();
			overdueHazards += s.overdueHazards();
		}
		return new StationOverview(null, null, grids, full, gaps, visits, target, behind, open, overdue, hazards,
				overdueHazards);
	}

	// ---- visits

	@GetMapping("/community/visits")
	@PreAuthorize("hasAuthority('community:read')")
	String visits(@RequestParam(required = false) String gridCode, @RequestParam(required = false) VisitPurpose purpose,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<Visit> list = visits.list(new VisitFilter(null, gridCode, null, purpose, from, to), Math.max(0, page), PAGE_SIZE);
		Map<String, Object> filters = filters("gridCode", gridCode, "purpose", purpose, "from", from, "to", to);
		paging(model, "/community/visits", filters, list);
		model.addAttribute("visits", list);
		model.addAttribute("gridCode", gridCode);
		model.addAttribute("purpose", purpose);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("grids", myGrids());
		model.addAttribute("purposes", VisitPurpose.values());
		return "community/visits";
	}

	@GetMapping("/community/visits/new")
	@PreAuthorize("hasAuthority('community:write')")
	String newVisit(Model model) {
		return visitForm(model, Map.of(), Map.of());
	}

	@PostMapping("/community/visits")
	@PreAuthorize("hasAuthority('community:write')")
	String recordVisit(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			NewVisit.FoundHazard hazard = form.containsKey("hazardFound")
					? new NewVisit.FoundHazard(parse(HazardCategory.class, form.get("hazardCategory")),
							parse(HazardSeverity.class, form.get("hazardSeverity")), form.get("hazardDescription"), null, null)
					: null;
			NewVisit.RaisedDispute dispute = form.containsKey("disputeFound")
					? new NewVisit.RaisedDispute(parse(DisputeKind.class, form.get("disputeKind")),
							parse(DisputeTier.class, form.get("disputeTier")), form.get("disputeSummary"),
							blank(form.get("partyName")) ? List.of()
									: List.of(new Party(form.get("partyName"), form.get("partyPhone"))))
					: null;
			Visit visit = visits.record(form.get("idempotencyKey"), new NewVisit(form.get("gridCode"), null,
					blank(form.get("visitedOn")) ? null : LocalDate.parse(form.get("visitedOn")),
					parse(PremisesKind.class, form.get("premises")), form.get("address"),
					parse(VisitPurpose.class, form.get("purpose")), form.get("findings"), null, hazard, dispute)).visit();
			StringBuilder notice = new StringBuilder(message("community.ui.visit.saved"));
			if (visit.hazardNumber() != null) {
				notice.append(" · ").append(visit.hazardNumber());
			}
			if (visit.disputeNumber() != null) {
				notice.append(" · ").append(visit.disputeNumber());
			}
			redirect.addFlashAttribute("notice", notice.toString());
			return "redirect:/community/visits";
		}
		catch (InvalidInputException ex) {
			ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.put("visitedOn", "must be a date (yyyy-mm-dd)");
		}
		response.setStatus(400);
		return visitForm(model, form, errors);
	}

	private String visitForm(Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("grids", myGrids());
		model.addAttribute("purposes", VisitPurpose.values());
		model.addAttribute("premisesKinds", PremisesKind.values());
		model.addAttribute("categories", HazardCategory.values());
		model.addAttribute("severities", HazardSeverity.values());
		model.addAttribute("kinds", DisputeKind.values());
		model.addAttribute("tiers", DisputeTier.values());
		model.addAttribute("idempotencyKey", form.getOrDefault("idempotencyKey", java.util.UUID.randomUUID().toString()));
		return "community/visit-form";
	}

	// ---- teams

	@GetMapping("/community/teams")
	@PreAuthorize("hasAuthority('community:read')")
	String teams(@RequestParam(required = false) String stationCode, @RequestParam(required = false) Boolean gaps,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<GridTeam> list = teams.teams(stationCode, gaps, Math.max(0, page), PAGE_SIZE);
		paging(model, "/community/teams", filters("stationCode", stationCode, "gaps", gaps), list);
		model.addAttribute("teams", list);
		model.addAttribute("stationCode", stationCode);
		model.addAttribute("gaps", gaps);
		model.addAttribute("stations", myGrids().stream().map(Grid::stationCode).distinct().sorted().toList());
		return "community/teams";
	}

	@GetMapping("/community/teams/{gridCode}")
	@PreAuthorize("hasAuthority('community:read')")
	String team(@PathVariable String gridCode, Model model) {
		model.addAttribute("team", teams.team(gridCode));
		return "community/team";
	}

	// ---- volunteers

	@GetMapping("/community/volunteers")
	@PreAuthorize("hasAuthority('community:read')")
	String volunteerTeams(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<VolunteerTeam> list = volunteers.teams(null, null, Math.max(0, page), PAGE_SIZE);
		paging(model, "/community/volunteers", Map.of(), list);
		model.addAttribute("teams", list);
		model.addAttribute("leads", volunteers.leads(org.shouwang.community.LeadStatus.NEW, 0, 10));
		return "community/volunteers";
	}

	@GetMapping("/community/volunteers/{code}")
	@PreAuthorize("hasAuthority('community:read')")
	String volunteerTeam(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("team", volunteers.team(code));
		model.addAttribute("members", volunteers.members(code, true, Math.max(0, page), 50));
		model.addAttribute("activities", volunteers.activities(code, null, null, null, 0, 20));
		return "community/volunteer-team";
	}

	// ---- disputes

	@GetMapping("/community/disputes")
	@PreAuthorize("hasAuthority('community:read')")
	String disputes(@RequestParam(required = false) DisputeStatus status, @RequestParam(required = false) DisputeTier tier,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String gridCode,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<Dispute> list = disputes.list(new DisputeFilter(null, gridCode, status, tier, null, null, overdue),
				Math.max(0, page), PAGE_SIZE);
		paging(model, "/community/disputes", filters("status", status, "tier", tier, "overdue", overdue, "gridCode", gridCode),
				list);
		model.addAttribute("disputes", list);
		model.addAttribute("status", status);
		model.addAttribute("tier", tier);
		model.addAttribute("overdue", overdue);
		model.addAttribute("gridCode", gridCode);
		model.addAttribute("statuses", DisputeStatus.values());
		model.addAttribute("tiers", DisputeTier.values());
		return "community/disputes";
	}

	@GetMapping("/community/disputes/{ref}")
	@PreAuthorize("hasAuthority('community:read')")
	String dispute(@PathVariable String ref, Model model) {
		model.addAttribute("dispute", disputes.get(ref));
		model.addAttribute("results", DisputeResult.values());
		model.addAttribute("satisfactions", Satisfaction.values());
		return "community/dispute";
	}

	@PostMapping("/community/disputes/{ref}/{step}")
	@PreAuthorize("hasAuthority('community:write')")
	String disputeStep(@PathVariable String ref, @PathVariable String step, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Dispute d = disputes.get(ref);
		try {
			switch (step) {
				case "assign" -> disputes.assign(ref, form.get("assignedTo"), null);
				case "session" -> disputes.mediate(ref, new MediationSession(null, form.get("mediator"), form.get("note")));
				case "close" -> disputes.close(ref, parse(DisputeResult.class, form.get("result")), form.get("referredTo"),
						form.get("note"), null);
				case "follow-up" -> disputes.followUp(ref, parse(Satisfaction.class, form.get("satisfaction")),
						form.get("note"), null);
				default -> throw new org.shouwang.platform.NotFoundException("Step");
			}
			redirect.addFlashAttribute("notice", message("community.ui.dispute.saved", d.number()));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/community/disputes/" + d.number();
	}

	// ---- publicity

	@GetMapping("/community/publicity")
	@PreAuthorize("hasAuthority('community:read')")
	String publicity(@RequestParam(required = false) PublicityTheme theme, @RequestParam(required = false) Audience audience,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<org.shouwang.community.PublicityActivity> list = publicity.list(
				new PublicityFilter(null, theme, null, audience, null, null), Math.max(0, page), PAGE_SIZE);
		paging(model, "/community/publicity", filters("theme", theme, "audience", audience), list);
		model.addAttribute("activities", list);
		model.addAttribute("theme", theme);
		model.addAttribute("audience", audience);
		model.addAttribute("themes", PublicityTheme.values());
		model.addAttribute("audiences", Audience.values());
		return "community/publicity";
	}

	// ---- helpers

	private List<Grid> myGrids() {
		DataScope scope = DataScope.current();
		return grids.list().stream().filter(g -> scope.permits(g.stationCode()))
			.sorted(java.util.Comparator.comparing(Grid::code)).toList();
	}

	private static Map<String, Object> filters(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static void paging(Model model, String path, Map<String, Object> filters, Page<?> page) {
		model.addAttribute("previousLink", link(path, filters, page.page() - 1));
		model.addAttribute("nextLink", link(path, filters, page.page() + 1));
		model.addAttribute("filtered", filters.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()));
	}

	static String link(String path, Map<String, Object> filters, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		filters.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				builder.queryParam(name, value);
			}
		});
		return builder.queryParam("page", page).encode().build().toUriString();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
