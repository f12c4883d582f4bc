package org.shouwang.platform.web;

import org.shouwang.platform.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * For pages: an object that does not exist, or lies outside the user's data scope, shows the friendly
 * 404 page. API controllers get problem details from {@link ApiProblemHandler}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", 404);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}
}
