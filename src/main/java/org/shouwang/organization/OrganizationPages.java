package org.shouwang.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages of the unit tree: {@code /admin/organization}. */
@Controller
@RequestMapping("/admin/organization")
class OrganizationPages {

	private final OrganizationDirectory directory;

	private final OrganizationAdministration administration;

	private final FormSupport forms;

	OrganizationPages(OrganizationDirectory directory, OrganizationAdministration administration, FormSupport forms) {
		this.directory = directory;
		this.administration = administration;
		this.forms = forms;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org:read')")
	String tree(Model model) {
		List<OrgUnitNode> tree = directory.tree();
		model.addAttribute("tree", tree);
		List<OrgUnit> all = directory.allUnits();
		model.addAttribute("unitCount", all.stream().filter(OrgUnit::active).count());
		model.addAttribute("stationCount", directory.activeStations().size());
		model.addAttribute("officerCount", directory.officers(new OfficerFilter(null, null, null, true, null), 0, 1).total());
		model.addAttribute("dutyUnitCount", directory.dutyUnits(new DutyUnitFilter(null, null, true), 0, 1).total());
		return "organization/units";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('org:write')")
	String newUnit(@RequestParam(required = false) String parent, Model model) {
		OrgUnitKind kind = directory.findUnit(parent).map(p -> switch (p.kind()) {
			case STATION -> OrgUnitKind.POLICE_POST;
			case BRANCH -> OrgUnitKind.STATION;
			default -> OrgUnitKind.DEPARTMENT;
		}).orElse(directory.allUnits().isEmpty() ? OrgUnitKind.BRANCH : null);
		return form(model, new OrgUnitInput(null, null, kind, parent, 0), null, Map.of());
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('org:write')")
	String create(@ModelAttribute("form") OrgUnitInput form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = forms.bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				OrgUnit unit = administration.createUnit(form);
				redirect.addFlashAttribute("notice", forms.message("org.ui.unit.created", unit.name()));
				return "redirect:/admin/organization";
			}
			catch (InvalidInputException ex) {
				FormSupport.fieldErrors(errors, ex);
			}
			catch (ConflictException ex) {
				model.addAttribute("problem", ex.getMessage());
				response.setStatus(409);
				return form(model, form, null, errors);
			}
		}
		response.setStatus(400);
		return form(model, form, null, errors);
	}

	@GetMapping("/{code}/edit")
	@PreAuthorize("hasAuthority('org:write')")
	String edit(@PathVariable String code, Model model) {
		OrgUnit unit = directory.unit(code);
		return form(model, new OrgUnitInput(unit.code(), unit.name(), unit.kind(), unit.parentCode(), unit.sortOrder()),
				unit, Map.of());
	}

	@PostMapping("/{code}/edit")
	@PreAuthorize("hasAuthority('org:write')")
	String update(@PathVariable String code, @ModelAttribute("form") OrgUnitInput form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		OrgUnit unit = directory.unit(code);
		Map<String, String> errors = forms.bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				administration.updateUnit(code, form.withCode(code));
				redirect.addFlashAttribute("notice", forms.message("org.ui.saved", form.name()));
				return "redirect:/admin/organization";
			}
			catch (InvalidInputException ex) {
				FormSupport.fieldErrors(errors, ex);
			}
		}
		response.setStatus(400);
		return form(model, form.withCode(code), unit, errors);
	}

	@GetMapping("/{code}/deactivate")
	@PreAuthorize("hasAuthority('org:write')")
	String confirmDeactivate(@PathVariable String code, Model model) {
		OrgUnit unit = directory.unit(code);
		model.addAttribute("question", forms.message("org.ui.unit.confirmDeactivate", unit.name(), unit.code()));
		model.addAttribute("action", "/admin/organization/" + code + "/deactivate");
		model.addAttribute("back", "/admin/organization");
		return "organization/confirm";
	}

	@PostMapping("/{code}/deactivate")
	@PreAuthorize("hasAuthority('org:write')")
	String deactivate(@PathVariable String code, RedirectAttributes redirect) {
		try {
			OrgUnit unit = administration.deactivateUnit(code);
			redirect.addFlashAttribute("notice", forms.message("org.ui.deactivated", unit.name()));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/organization";
	}

	@PostMapping("/{code}/reactivate")
	@PreAuthorize("hasAuthority('org:write')")
	String reactivate(@PathVariable String code, RedirectAttributes redirect) {
		try {
			OrgUnit unit = administration.reactivateUnit(code);
			redirect.addFlashAttribute("notice", forms.message("org.ui.reactivated", unit.name()));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/organization";
	}

	private String form(Model model, OrgUnitInput form, OrgUnit unit, Map<String, String> errors) {
		Set<String> ownSubtree = unit == null ? Set.of() : directory.unitCodesWithin(unit.code());
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("kinds", OrgUnitKind.values());
		model.addAttribute("parents", directory.allUnits()
			.stream()
			.filter(u -> u.active() || (form.parentCode() != null && u.code().equals(form.parentCode())))
			.filter(u -> u.kind() != OrgUnitKind.POLICE_POST && !ownSubtree.contains(u.code()))
			.toList());
		return "organization/unit-form";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem organizationNavigation() {
			return new NavigationItem("nav.organization", "/admin/organization", 80, "org:read");
		}
	}
}
