package org.shouwang.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The users page: list with filters, create, edit roles / scope / badge, enable, disable, unlock, reset. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final Users users;

	UserAdminController(Users users) {
		this.users = users;
	}

	/** The create / edit form as submitted. */
	record UserForm(String username, String displayName, List<Role> roles, String scopeUnitCode, String officerBadge,
			String initialPassword) {

		Set<Role> roleSet() {
			return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
		}
	}

	@PreAuthorize("hasAuthority('user:read')")
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String enabled,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Role roleFilter = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
		Boolean enabledFilter = "true".equals(enabled) ? Boolean.TRUE : "false".equals(enabled) ? Boolean.FALSE : null;
		model.addAttribute("result", users.find(new UserFilter(q, roleFilter, scope, enabledFilter), page, 20));
		model.addAttribute("q", q);
		model.addAttribute("role", roleFilter);
		model.addAttribute("scope", scope);
		model.addAttribute("enabled", enabled);
		model.addAttribute("roles", Role.values());
		return "security/users";
	}

	@PreAuthorize("hasAuthority('user:write')")
	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new UserForm("", "", List.of(), "", "", ""));
		model.addAttribute("roles", Role.values());
		return "security/user-new";
	}

	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping
	String create(UserForm form, Model model, RedirectAttributes redirect) {
		try {
			users.create(new NewUser(trim(form.username()), trim(form.displayName()), form.roleSet(),
					trim(form.scopeUnitCode()), form.officerBadge(), form.initialPassword()));
		}
		catch (InvalidInputException ex) {
			return formAgain(model, form, ex.errors(), "security/user-new");
		}
		catch (ConflictException ex) {
			return formAgain(model, form, List.of(new InvalidInputException.FieldError("username", ex.getMessage())),
					"security/user-new");
		}
		redirect.addFlashAttribute("flashKey", "users.created");
		return "redirect:/admin/users/" + form.username().strip();
	}

	@PreAuthorize("hasAuthority('user:read')")
	@GetMapping("/{username}")
	String detail(@PathVariable String username, Model model) {
		UserView user = users.get(username);
		model.addAttribute("user", user);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UserForm(user.username(), user.displayName(), List.copyOf(user.roles()),
					user.scopeUnitCode(), user.officerBadge(), null));
		}
		model.addAttribute("roles", Role.values());
		return "security/user-detail";
	}

	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping("/{username}")
	String update(@PathVariable String username, UserForm form, Model model, RedirectAttributes redirect) {
		try {
			users.update(username, new UserChanges(trim(form.displayName()), form.roleSet(), trim(form.scopeUnitCode()),
					form.officerBadge()));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("errors", ex.errors());
			return detail(username, model);
		}
		redirect.addFlashAttribute("flashKey", "users.saved");
		return "redirect:/admin/users/" + username;
	}

	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping("/{username}/disable")
	String disable(@PathVariable String username, RedirectAttributes redirect) {
		try {
			users.disable(username);
			redirect.addFlashAttribute("flashKey", "users.disabled");
		}
		catch (ConflictException ex) {
			users.get(username);
			redirect.addFlashAttribute("flashErrorKey", "users.disable.self");
		}
		return "redirect:/admin/users/" + username;
	}

	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping("/{username}/enable")
	String enable(@PathVariable String username, RedirectAttributes redirect) {
		users.enable(username);
		redirect.addFlashAttribute("flashKey", "users.enabled");
		return "redirect:/admin/users/" + username;
	}

	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping("/{username}/unlock")
	String unlock(@PathVariable String username, RedirectAttributes redirect) {
		users.unlock(username);
		redirect.addFlashAttribute("flashKey", "users.unlocked");
		return "redirect:/admin/users/" + username;
	}

	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping("/{username}/reset-password")
	String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String newPassword,
			Model model, RedirectAttributes redirect) {
		try {
			users.resetPassword(username, newPassword);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("resetErrors", ex.errors());
			return detail(username, model);
		}
		redirect.addFlashAttribute("flashKey", "users.passwordReset");
		return "redirect:/admin/users/" + username;
	}

	private String formAgain(Model model, UserForm form, List<InvalidInputException.FieldError> errors, String view) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		return view;
	}

	private static String trim(String s) {
		return s == null ? null : s.strip();
	}
}
