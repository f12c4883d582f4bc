package org.shouwang.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and its second step, the TOTP code. */
@Controller
class LoginController {

	private final Authenticator authenticator;

	private final SignInSteps steps;

	private final Users users;

	LoginController(Authenticator authenticator, SignInSteps steps, Users users) {
		this.authenticator = authenticator;
		this.steps = steps;
		this.users = users;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model, HttpServletRequest request) {
		if (SignedInUser.current().filter(SignedInUser::complete).isPresent()) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("errorKey", switch (error) {
				case "locked" -> "login.error.locked";
				case "disabled" -> "login.error.disabled";
				case "rate" -> "login.error.rate";
				default -> "login.error.bad";
			});
		}
		else if (request.getParameter("expired") != null) {
			model.addAttribute("infoKey", "login.expired");
		}
		else if (request.getParameter("logout") != null) {
			model.addAttribute("infoKey", "login.signedOut");
		}
		return "security/login";
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping("/login/totp")
	String totpForm(@AuthenticationPrincipal SignedInUser user) {
		return user.pendingStep() == SignedInUser.PendingStep.TOTP ? "security/login-totp" : "redirect:/";
	}

	@PreAuthorize("isAuthenticated()")
	@PostMapping("/login/totp")
	String totp(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (user.pendingStep() != SignedInUser.PendingStep.TOTP) {
			return "redirect:/";
		}
		Authenticator.Outcome outcome = authenticator.secondFactor(user.username(), code, request.getRemoteAddr());
		switch (outcome.result()) {
			case OK -> {
				SignedInUser next = user.withPendingStep(steps.after(outcome.user()));
				steps.advance(next, request, response);
				return "redirect:" + SignInSteps.path(next.pendingStep());
			}
			case BAD_TOTP, BAD_CREDENTIALS -> {
				model.addAttribute("errorKey", "login.totp.wrong");
				return "security/login-totp";
			}
			default -> {
				new SecurityContextLogoutHandler().logout(request, response, null);
				return "redirect:/login?error=" + (outcome.result() == Authenticator.Result.DISABLED ? "disabled" : "locked");
			}
		}
	}
}
