package org.shouwang.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model (for the top bar's user corner). */
@ControllerAdvice(annotations = Controller.class)
class SecurityModelAdvice {

	@ModelAttribute("currentUser")
	SignedInUser currentUser() {
		return SignedInUser.current().orElse(null);
	}
}
