package org.shouwang.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shouwang.inspection.FindingInput;
import org.shouwang.inspection.InspectionInput;
import org.shouwang.inspection.InspectionKind;
import org.shouwang.inspection.InspectionView;
import org.shouwang.inspection.Inspections;
import org.shouwang.inspection.PenaltyInput;
import org.shouwang.inspection.PenaltyKind;
import org.shouwang.inspection.PenaltyView;
import org.shouwang.inspection.PremisesFilter;
import org.shouwang.inspection.PremisesStatus;
import org.shouwang.inspection.PremisesType;
import org.shouwang.inspection.PremisesView;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NavigationItem;
import org.shouwang.platform.Page;

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

/** The pages of the special-industry inspections: {@code /inspection}. */
@Controller
@RequestMapping("/inspection")
class InspectionPages {

	private static final int PAGE_SIZE = 25;

	private final Inspections inspections;

	InspectionPages(Inspections inspections) {
		this.inspections = inspections;
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem inspectionNavigationItem() {
			return new NavigationItem("nav.inspection", "/inspection", 45, "inspection:read");
		}
	}

	@GetMapping
	@PreAuthorize("hasAuthority('inspection:read')")
	String list(@RequestParam(required = false) PremisesType type, @RequestParam(required = false) PremisesStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		PremisesFilter filter = new PremisesFilter(type, status, null, Boolean.TRUE.equals(overdue) ? true : null, q);
		Page<PremisesView> premises = inspections.premises(filter, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("premises", premises);
		model.addAttribute("types", PremisesType.values());
		model.addAttribute("statuses", PremisesStatus.values());
		model.addAttribute("filtered", type != null || status != null || Boolean.TRUE.equals(overdue) || (q != null && !q.isBlank()));
		String query = "type=" + (type == null ? "" : type.name()) + "&status=" + (status == null ? "" : status.name())
				+ "&overdue=" + Boolean.TRUE.equals(overdue) + "&q=" + (q == null ? "" : java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
		model.addAttribute("previousLink", "/inspection?" + query + "&page=" + (premises.page() - 1));
		model.addAttribute("nextLink", "/inspection?" + query + "&page=" + (premises.page() + 1));
		return "inspection/premises";
	}

	@GetMapping("/premises/{id}")
	@PreAuthorize("hasAuthority('inspection:read')")
	String premises(@PathVariable UUID id, Model model) {
		var history = inspections.history(id);
		model.addAttribute("history", history);
		model.addAttribute("kinds", InspectionKind.values());
		model.addAttribute("penaltyKinds", PenaltyKind.values());
		model.addAttribute("today", LocalDate.now(org.shouwang.platform.indicators.IndicatorPeriod.ZONE));
		return "inspection/history";
	}

	@GetMapping("/inspections/{id}")
	@PreAuthorize("hasAuthority('inspection:read')")
	String inspection(@PathVariable UUID id) {
		InspectionView inspection = inspections.inspection(id);
		return "redirect:/inspection/premises/" + inspection.premisesId() + "#inspection-" + inspection.number();
	}

	@PostMapping("/premises/{id}/inspections")
	@PreAuthorize("hasAuthority('inspection:write')")
	String inspect(@PathVariable UUID id, @RequestParam(required = false) InspectionKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
			@RequestParam(defaultValue = "") String inspectors, @RequestParam(required = false) String partsChecked,
			@RequestParam(required = false) List<String> finding,
			@RequestParam(required = false) List<String> deadline, @RequestParam(required = false) String advice,
			Model model, RedirectAttributes redirect) {
		List<FindingInput> findings = new ArrayList<>();
		List<String> descriptions = finding == null ? List.of() : finding;
		for (int i = 0; i < descriptions.size(); i++) {
			String d = descriptions.get(i);
			String due = deadline != null && i < deadline.size() ? deadline.get(i) : "";
			if ((d == null || d.isBlank()) && (due == null || due.isBlank())) {
				continue;
			}
			findings.add(new FindingInput(d, due == null || due.isBlank() ? null : parse(due, "findings[" + findings.size() + "].deadline")));
		}
		List<String> names = Arrays.stream(inspectors.split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList();
		try {
			InspectionView view = inspections.inspect(id, new InspectionInput(kind, inspectedOn, names, partsChecked, findings, advice));
			redirect.addFlashAttribute("saved", view.number());
			redirect.addFlashAttribute("savedKind", "inspection");
			return "redirect:/inspection/premises/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("inspectionErrors", errors(e));
			model.addAttribute("inspectionForm", Map.of("inspectors", inspectors, "partsChecked", partsChecked == null ? "" : partsChecked,
					"advice", advice == null ? "" : advice));
			return premises(id, model);
		}
	}

	@PostMapping("/premises/{id}/penalties")
	@PreAuthorize("hasAuthority('inspection:write')")
	String penalize(@PathVariable UUID id, @RequestParam(required = false) PenaltyKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate suspensionFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate suspensionTo,
			@RequestParam(required = false) String legalBasis, @RequestParam(required = false) String caseNumber,
			@RequestParam(required = false) UUID inspectionId, Model model, RedirectAttributes redirect) {
		try {
			PenaltyView view = inspections.penalize(id, new PenaltyInput(kind, decidedOn, amount, suspensionFrom, suspensionTo,
					legalBasis, caseNumber, inspectionId));
			redirect.addFlashAttribute("saved", view.number());
			redirect.addFlashAttribute("savedKind", "penalty");
			return "redirect:/inspection/premises/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("penaltyErrors", errors(e));
			return premises(id, model);
		}
	}

	private static LocalDate parse(String value, String field) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException(field, "must be a date (yyyy-mm-dd)");
		}
	}

	private static Map<String, String> errors(InvalidInputException e) {
		return e.errors().stream().collect(Collectors.toMap(InvalidInputException.FieldError::field,
				InvalidInputException.FieldError::message, (a, b) -> a + "; " + b, java.util.LinkedHashMap::new));
	}
}
