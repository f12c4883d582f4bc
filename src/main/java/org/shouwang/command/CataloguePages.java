package org.shouwang.command;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.organization.Capability;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of the incident catalogue: {@code /command/catalogue} (a table per category and a
 * form to add a subtype) and {@code /command/catalogue/{category}/{code}/edit} (one subtype), with
 * deactivation and activation.
 */
@Controller
@RequestMapping("/command/catalogue")
class CataloguePages {

	private final IncidentCatalogueAdministration administration;

	private final MessageSource messages;

	CataloguePages(IncidentCatalogueAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	/** The subtypes of one category, and how many of them are active. */
	record Section(IncidentCategory category, List<IncidentSubtype> subtypes, long active) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('catalogue:write')")
	String list(Model model) {
		return list(model, new IncidentSubtypeInput(null, null, null, null, null, null, 1, null), Map.of());
	}

	@PostMapping
	@PreAuthorize("hasAuthority('catalogue:write')")
	String create(@ModelAttribute("form") IncidentSubtypeInput form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = bindingErrors(binding);
		try {
			if (!errors.isEmpty()) {
				throw new InvalidInputException("", administration.check(form, true));
			}
			IncidentSubtype created = administration.create(form);
			redirect.addFlashAttribute("notice", message("catalogue.created", created.code(), created.nameZh()));
			return "redirect:/command/catalogue#category-" + created.category().name();
		}
		catch (InvalidInputException ex) {
			fieldErrors(errors, ex.errors());
			response.setStatus(400);
		}
		catch (ConflictException ex) {
			errors.put("code", ex.getMessage());
			response.setStatus(409);
		}
		return list(model, form, errors);
	}

	private String list(Model model, IncidentSubtypeInput form, Map<String, String> errors) {
		List<IncidentSubtype> all = administration.list(null, null);
		model.addAttribute("sections", Arrays.stream(IncidentCategory.values())
			.map(c -> {
				List<IncidentSubtype> subtypes = all.stream().filter(s -> s.category() == c).toList();
				return new Section(c, subtypes, subtypes.stream().filter(IncidentSubtype::active).count());
			})
			.toList());
		return form(model, form, errors, "command/catalogue");
	}

	@GetMapping("/{category}/{code}/edit")
	@PreAuthorize("hasAuthority('catalogue:write')")
	String edit(@PathVariable String category, @PathVariable String code, Model model) {
		IncidentSubtype subtype = administration.get(category, code);
		model.addAttribute("subtype", subtype);
		return form(model, IncidentSubtypeInput.of(subtype), Map.of(), "command/catalogue-form");
	}

	@PostMapping("/{category}/{code}/edit")
	@PreAuthorize("hasAuthority('catalogue:write')")
	String update(@PathVariable String category, @PathVariable String code,
			@ModelAttribute("form") IncidentSubtypeInput form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		IncidentSubtype subtype = administration.get(category, code);
		// the page shows category and code but does not send them: they are fixed
		IncidentSubtypeInput changes = new IncidentSubtypeInput(null, null, form.nameZh(), form.nameEn(),
				form.defaultPriority(), form.requiredCapability(), form.unitsNeeded(), form.sortOrder());
		Map<String, String> errors = bindingErrors(binding);
		try {
			if (!errors.isEmpty()) {
				throw new InvalidInputException("", administration.check(changes, false));
			}
			IncidentSubtype saved = administration.update(category, code, changes);
			redirect.addFlashAttribute("notice", message("catalogue.saved", saved.code()));
			return "redirect:/command/catalogue#category-" + saved.category().name();
		}
		catch (InvalidInputException ex) {
			fieldErrors(errors, ex.errors());
			response.setStatus(400);
		}
		model.addAttribute("subtype", subtype);
		return form(model, new IncidentSubtypeInput(subtype.category(), subtype.code(), form.nameZh(), form.nameEn(),
				form.defaultPriority(), form.requiredCapability(), form.unitsNeeded(), form.sortOrder()), errors,
				"command/catalogue-form");
	}

	@PostMapping("/{category}/{code}/deactivate")
	@PreAuthorize("hasAuthority('catalogue:write')")
	String deactivate(@PathVariable String category, @PathVariable String code, RedirectAttributes redirect) {
		try {
			IncidentSubtype subtype = administration.deactivate(category, code);
			redirect.addFlashAttribute("notice", message("catalogue.deactivated", subtype.code()));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/command/catalogue#category-" + administration.get(category, code).category().name();
	}

	@PostMapping("/{category}/{code}/activate")
	@PreAuthorize("hasAuthority('catalogue:write')")
	String activate(@PathVariable String category, @PathVariable String code, RedirectAttributes redirect) {
		IncidentSubtype subtype = administration.activate(category, code);
		redirect.addFlashAttribute("notice", message("catalogue.activated", subtype.code()));
		return "redirect:/command/catalogue#category-" + subtype.category().name();
	}

	private String form(Model model, IncidentSubtypeInput form, Map<String, String> errors, String view) {
		model.addAttribute("form", form);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("categories", IncidentCategory.values());
		model.addAttribute("capabilities", Capability.values());
		model.addAttribute("maxUnits", IncidentCatalogueAdministration.MAX_UNITS);
		return view;
	}

	/** Field name to message, for values the browser sent that are not even of the field's type. */
	private Map<String, String> bindingErrors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), message("catalogue.validation.format")));
		return errors;
	}

	private static void fieldErrors(Map<String, String> errors, List<FieldError> found) {
		found.forEach(e -> errors.putIfAbsent(e.field(), e.message()));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
