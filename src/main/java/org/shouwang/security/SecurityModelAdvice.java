package org.shouwang.security;

import java.util.Map;

import org.shouwang.platform.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** Puts the signed-in user into every page's model (for the top bar's user corner). */
@ControllerAdvice(annotations = Controller.class)
class SecurityModelAdvice {

	@ModelAttribute("currentUser")
	SignedInUser currentUser() {
		return SignedInUser.current().orElse(null);
	}

	/** The security module's own pages: an object outside the scope (or missing) is the friendly 404 page. */
	@ControllerAdvice(assignableTypes = { UserAdminController.class, AccountController.class, LoginController.class })
	static class NotFoundPages {

		@ExceptionHandler(NotFoundException.class)
		ModelAndView notFound() {
			ModelAndView page = new ModelAndView("error", Map.of("status", 404));
			page.setStatus(HttpStatus.NOT_FOUND);
			return page;
		}
	}
}
