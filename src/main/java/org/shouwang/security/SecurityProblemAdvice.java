package org.shouwang.security;

import jakarta.servlet.http.HttpServletRequest;

import org.shouwang.platform.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A permission check that fails inside an API controller ({@code @PreAuthorize}) is a 403 problem (and an
 * {@link SecurityEvent.AccessDenied}); it must not fall through to the platform's catch-all as a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemAdvice {

	private final ApplicationEventPublisher events;

	SecurityProblemAdvice(ApplicationEventPublisher events) {
		this.events = events;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (SecurityConfiguration.anonymous(auth)) {
			return unauthorized();
		}
		SecurityConfiguration.publishDenied(events, auth, request);
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(SecurityConfiguration.forbidden());
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return unauthorized();
	}

	private static ResponseEntity<ProblemDetail> unauthorized() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header("WWW-Authenticate", "Bearer")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", "Authentication is required."));
	}
}
