package org.shouwang.security;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.security.SignedInUser.PendingStep;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: change the password, enrol a TOTP second factor. */
@Controller
class AccountController {

	static final String PENDING_SECRET = "shouwang.totp.pendingSecret";

	private final Users users;

	private final SignInSteps steps;

	AccountController(Users users, SignInSteps steps) {
		this.users = users;
		this.steps = steps;
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping("/account/password")
	String passwordForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("forced", user.pendingStep() == PendingStep.CHANGE_PASSWORD);
		return "security/account-password";
	}

	@PreAuthorize("isAuthenticated()")
	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("forced", user.pendingStep() == PendingStep.CHANGE_PASSWORD);
		if (!newPassword.equals(confirmPassword)) {
			model.addAttribute("fieldErrors", java.util.Map.of("confirmPassword", "password.confirm.mismatch"));
			return "security/account-password";
		}
		try {
			users.changeOwnPassword(user.username(), currentPassword, newPassword, request.getRemoteAddr(),
					request.getSession().getId());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors());
			if (users.row(user.username()).lockedAt(java.time.Instant.now())) {
				new org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler()
					.logout(request, response, null);
				return "redirect:/login?error=locked";
			}
			return "security/account-password";
		}
		UserRow row = users.row(user.username());
		SignedInUser next = user.withPendingStep(
				user.pendingStep() == PendingStep.CHANGE_PASSWORD ? steps.after(row) : user.pendingStep());
		steps.advance(next, request, response);
		redirect.addFlashAttribute("flashKey", "password.changed");
		return "redirect:" + SignInSteps.path(next.pendingStep());
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping("/account/totp")
	String totpForm(@AuthenticationPrincipal SignedInUser user, Model model, HttpSession session) {
		UserRow row = users.row(user.username());
		model.addAttribute("enrolled", row.totpEnabled());
		model.addAttribute("forced", user.pendingStep() == PendingStep.ENROL_TOTP);
		if (!row.totpEnabled()) {
			String secret = (String) session.getAttribute(PENDING_SECRET);
			if (secret == null) {
				secret = Totp.newSecret();
				session.setAttribute(PENDING_SECRET, secret);
			}
			model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
			model.addAttribute("uri", Totp.uri("Shouwang", user.username(), secret));
		}
		return "security/account-totp";
	}

	@PreAuthorize("isAuthenticated()")
	@PostMapping("/account/totp")
	String enrolTotp(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code,
			Model model, HttpSession session, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || users.row(user.username()).totpEnabled()) {
			return "redirect:/account/totp";
		}
		OptionalLong step = Totp.verify(secret, code, java.time.Instant.now(), null);
		if (step.isEmpty()) {
			model.addAttribute("errorKey", "totp.enrol.wrong");
			return totpForm(user, model, session);
		}
		users.enrolTotp(user.username(), secret, step.getAsLong());
		session.removeAttribute(PENDING_SECRET);
		SignedInUser next = user.withPendingStep(
				user.pendingStep() == PendingStep.ENROL_TOTP ? PendingStep.NONE : user.pendingStep());
		steps.advance(next, request, response);
		redirect.addFlashAttribute("flashKey", "totp.enrolled");
		return "redirect:" + SignInSteps.path(next.pendingStep());
	}
}
