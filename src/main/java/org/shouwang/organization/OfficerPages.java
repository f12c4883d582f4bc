package org.shouwang.organization;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.Page;

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

/** Admin pages of the officers: {@code /admin/officers}. */
@Controller
@RequestMapping("/admin/officers")
class OfficerPages {

	private static final int PAGE_SIZE = 25;

	private final OrganizationDirectory directory;

	private final OrganizationAdministration administration;

	private final FormSupport forms;

	OfficerPages(OrganizationDirectory directory, OrganizationAdministration administration, FormSupport forms) {
		this.directory = directory;
		this.administration = administration;
		this.forms = forms;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org:read')")
	String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) OfficerRole role,
			@RequestParam(required = false) PoliceRank rank, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		OfficerFilter filter = new OfficerFilter(unitCode, role, rank, active, q);
		Page<Officer> officers = directory.officers(filter, Math.max(page, 0), PAGE_SIZE);
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("unitCode", unitCode);
		filters.put("role", role);
		filters.put("rank", rank);
		filters.put("active", active);
		filters.put("q", q);
		model.addAttribute("filter", filter);
		model.addAttribute("officers", officers);
		model.addAttribute("filtered", filters.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()));
		model.addAttribute("previousLink", FormSupport.pageLink("/admin/officers", filters, officers.page() - 1));
		model.addAttribute("nextLink", FormSupport.pageLink("/admin/officers", filters, officers.page() + 1));
		model.addAttribute("units", directory.allUnits());
		model.addAttribute("roles", OfficerRole.values());
		model.addAttribute("ranks", PoliceRank.values());
		return "organization/officers";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('org:write')")
	String newOfficer(@RequestParam(required = false) String unitCode, Model model) {
		return form(model, new OfficerInput(null, null, null, null, unitCode, null), null, Map.of());
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('org:write')")
	String create(@ModelAttribute("form") OfficerInput form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = forms.bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				Officer officer = administration.createOfficer(form);
				redirect.addFlashAttribute("notice", forms.message("org.ui.officer.created", officer.name()));
				return "redirect:/admin/officers?q=" + officer.badgeNumber();
			}
			catch (InvalidInputException ex) {
				FormSupport.fieldErrors(errors, ex);
			}
			catch (ConflictException ex) {
				errors.put("badgeNumber", ex.getMessage());
				response.setStatus(409);
				return form(model, form, null, errors);
			}
		}
		response.setStatus(400);
		return form(model, form, null, errors);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('org:write')")
	String edit(@PathVariable long id, Model model) {
		Officer o = directory.officer(id);
		return form(model, new OfficerInput(o.badgeNumber(), o.name(), o.rank(), o.role(), o.unitCode(), o.workPhone()), o,
				Map.of());
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('org:write')")
	String update(@PathVariable long id, @ModelAttribute("form") OfficerInput form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Officer officer = directory.officer(id);
		Map<String, String> errors = forms.bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				Officer saved = administration.updateOfficer(id, form);
				redirect.addFlashAttribute("notice", forms.message("org.ui.saved", saved.name()));
				return "redirect:/admin/officers?q=" + saved.badgeNumber();
			}
			catch (InvalidInputException ex) {
				FormSupport.fieldErrors(errors, ex);
			}
			catch (ConflictException ex) {
				errors.put("badgeNumber", ex.getMessage());
				response.setStatus(409);
				return form(model, form, officer, errors);
			}
		}
		response.setStatus(400);
		return form(model, form, officer, errors);
	}

	@GetMapping("/{id}/deactivate")
	@PreAuthorize("hasAuthority('org:write')")
	String confirmDeactivate(@PathVariable long id, Model model) {
		Officer officer = directory.officer(id);
		model.addAttribute("question",
				forms.message("org.ui.officer.confirmDeactivate", officer.name(), officer.badgeNumber(), officer.unitName()));
		model.addAttribute("action", "/admin/officers/" + id + "/deactivate");
		model.addAttribute("back", "/admin/officers");
		return "organization/confirm";
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasAuthority('org:write')")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		Officer officer = administration.deactivateOfficer(id);
		redirect.addFlashAttribute("notice", forms.message("org.ui.deactivated", officer.name()));
		return "redirect:/admin/officers?q=" + officer.badgeNumber();
	}

	@PostMapping("/{id}/reactivate")
	@PreAuthorize("hasAuthority('org:write')")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		try {
			Officer officer = administration.reactivateOfficer(id);
			redirect.addFlashAttribute("notice", forms.message("org.ui.reactivated", officer.name()));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/officers?q=" + directory.officer(id).badgeNumber();
	}

	private String form(Model model, OfficerInput form, Officer officer, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("officer", officer);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("ranks", PoliceRank.values());
		model.addAttribute("roles", OfficerRole.values());
		model.addAttribute("units", directory.allUnits()
			.stream()
			.filter(u -> u.active() || u.code().equals(form.unitCode()))
			.toList());
		return "organization/officer-form";
	}
}
