package org.shouwang.organization;

import java.util.Map;

import org.shouwang.platform.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The organisation's admin pages: a missing object, or one outside the caller's data scope, is the friendly 404 page. */
@ControllerAdvice(assignableTypes = { OrganizationPages.class, OfficerPages.class, DutyUnitPages.class })
class NotFoundPages {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		ModelAndView page = new ModelAndView("error", Map.of("status", 404));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}
}
