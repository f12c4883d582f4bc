package org.shouwang.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.shouwang.platform.Problems;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last stop of every failure the controllers did not answer themselves: a problem for the API, a
 * friendly page for people. Neither ever shows a stack trace, an exception or SQL.
 */
@Controller
class ShouwangErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String accept = request.getHeader("Accept");
		boolean api = uri != null && (uri.startsWith("/api/") || uri.startsWith("/actuator"));
		if (api || accept == null || !accept.contains("text/html")) {
			ProblemDetail problem = Problems.of(status, status.getReasonPhrase(), detail(status));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error", Map.of("status", status.value()));
		page.setStatus(status);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "No such resource.";
			case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
			case UNAUTHORIZED -> "Authentication is required.";
			case FORBIDDEN -> "You do not have the permission for this.";
			case PAYLOAD_TOO_LARGE -> "The request body is too large.";
			default -> status.is5xxServerError() ? "The request could not be completed." : status.getReasonPhrase();
		};
	}
}
