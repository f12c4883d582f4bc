package org.shouwang.organization;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

/** Admin pages of the duty units: {@code /admin/duty-units}. */
@Controller
@RequestMapping("/admin/duty-units")
class DutyUnitPages {

	private static final int PAGE_SIZE = 25;

	private static final Set<OrgUnitKind> OWNER_KINDS = EnumSet.of(OrgUnitKind.STATION, OrgUnitKind.DEPARTMENT,
			OrgUnitKind.COMMAND_CENTER);

	private final OrganizationDirectory directory;

	private final OrganizationAdministration administration;

	private final FormSupport forms;

	DutyUnitPages(OrganizationDirectory directory, OrganizationAdministration administration, FormSupport forms) {
		this.directory = directory;
		this.administration = administration;
		this.forms = forms;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org:read')")
	String list(@RequestParam(required = false) String stationCode, @RequestParam(required = false) DutyUnitKind kind,
			@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page, Model model) {
		DutyUnitFilter filter = new DutyUnitFilter(stationCode, kind, active);
		Page<DutyUnit> units = directory.dutyUnits(filter, Math.max(page, 0), PAGE_SIZE);
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("stationCode", stationCode);
		filters.put("kind", kind);
		filters.put("active", active);
		model.addAttribute("filter", filter);
		model.addAttribute("dutyUnits", units);
		model.addAttribute("filtered", filters.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()));
		model.addAttribute("previousLink", FormSupport.pageLink("/admin/duty-units", filters, units.page() - 1));
		model.addAttribute("nextLink", FormSupport.pageLink("/admin/duty-units", filters, units.page() + 1));
		model.addAttribute("stations", directory.allUnits().stream().filter(u -> u.kind() == OrgUnitKind.STATION).toList());
		model.addAttribute("kinds", DutyUnitKind.values());
		return "organization/duty-units";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('org:write')")
	String newDutyUnit(@RequestParam(required = false) String stationCode, Model model) {
		return form(model, new DutyUnitInput(null, null, stationCode, null, Set.of()), null, Map.of());
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('org:write')")
	String create(@ModelAttribute("form") DutyUnitInput form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = forms.bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				DutyUnit unit = administration.createDutyUnit(form);
				redirect.addFlashAttribute("notice", forms.message("org.ui.dutyUnit.created", unit.callSign()));
				return "redirect:/admin/duty-units?stationCode=" + unit.stationCode();
			}
			catch (InvalidInputException ex) {
				FormSupport.fieldErrors(errors, ex);
			}
			catch (ConflictException ex) {
				errors.put("callSign", ex.getMessage());
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
		DutyUnit d = directory.dutyUnit(id);
		return form(model, new DutyUnitInput(d.callSign(), d.kind(), d.stationCode(), d.ownerCode(), Set.copyOf(d.capabilities())),
				d, Map.of());
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('org:write')")
	String update(@PathVariable long id, @ModelAttribute("form") DutyUnitInput form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		DutyUnit unit = directory.dutyUnit(id);
		Map<String, String> errors = forms.bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				DutyUnit saved = administration.updateDutyUnit(id, form);
				redirect.addFlashAttribute("notice", forms.message("org.ui.saved", saved.callSign()));
				return "redirect:/admin/duty-units?stationCode=" + saved.stationCode();
			}
			catch (InvalidInputException ex) {
				FormSupport.fieldErrors(errors, ex);
			}
			catch (ConflictException ex) {
				errors.put("callSign", ex.getMessage());
				response.setStatus(409);
				return form(model, form, unit, errors);
			}
		}
		response.setStatus(400);
		return form(model, form, unit, errors);
	}

	@GetMapping("/{id}/deactivate")
	@PreAuthorize("hasAuthority('org:write')")
	String confirmDeactivate(@PathVariable long id, Model model) {
		DutyUnit unit = directory.dutyUnit(id);
		model.addAttribute("question", forms.message("org.ui.dutyUnit.confirmDeactivate", unit.callSign(), unit.stationName()));
		model.addAttribute("action", "/admin/duty-units/" + id + "/deactivate");
		model.addAttribute("back", "/admin/duty-units");
		return "organization/confirm";
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasAuthority('org:write')")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		DutyUnit unit = administration.deactivateDutyUnit(id);
		redirect.addFlashAttribute("notice", forms.message("org.ui.deactivated", unit.callSign()));
		return "redirect:/admin/duty-units?stationCode=" + unit.stationCode();
	}

	@PostMapping("/{id}/reactivate")
	@PreAuthorize("hasAuthority('org:write')")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		try {
			DutyUnit unit = administration.reactivateDutyUnit(id);
			redirect.addFlashAttribute("notice", forms.message("org.ui.reactivated", unit.callSign()));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/duty-units?stationCode=" + directory.dutyUnit(id).stationCode();
	}

	private String form(Model model, DutyUnitInput form, DutyUnit unit, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("dutyUnit", unit);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("kinds", DutyUnitKind.values());
		model.addAttribute("capabilities", Capability.values());
		model.addAttribute("stations", directory.allUnits()
			.stream()
			.filter(u -> u.kind() == OrgUnitKind.STATION && (u.active() || u.code().equals(form.stationCode())))
			.toList());
		model.addAttribute("owners", directory.allUnits()
			.stream()
			.filter(u -> OWNER_KINDS.contains(u.kind()) && (u.active() || u.code().equals(form.ownerCode())))
			.toList());
		return "organization/duty-unit-form";
	}
}
