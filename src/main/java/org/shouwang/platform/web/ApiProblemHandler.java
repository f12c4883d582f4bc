package org.shouwang.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API controller into an RFC 9457 problem. Validation failures carry an
 * {@code errors} array of {@code {field, message}}; nothing internal (stack, SQL, class names) is ever
 * written. Failures before a controller is chosen are answered by {@link ShouwangErrorController}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Not found", "The requested object does not exist.");
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return Problems.of(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return Problems.validation(ex.getMessage(), ex.errors());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<InvalidInputException.FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new InvalidInputException.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return Problems.validation("The request has invalid fields.", errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return Problems.validation("A parameter has the wrong type.",
				List.of(new InvalidInputException.FieldError(ex.getName(), "has the wrong type or format")));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected failure, reference {}", reference, ex);
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request could not be completed. Reference: " + reference);
		problem.setProperty("reference", reference);
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(Problems.validation("The request has invalid fields.", fieldErrors(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
			String field = result.getMethodParameter().getParameterName();
			if (error instanceof org.springframework.validation.FieldError fe) {
				field = fe.getField();
			}
			errors.add(new InvalidInputException.FieldError(field, error.getDefaultMessage()));
		}));
		return ResponseEntity.badRequest().body(Problems.validation("The request has invalid fields.", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof RequestSizeLimitFilter.PayloadTooLargeException) {
				return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
					.body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", "The request body is too large."));
			}
		}
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		String detail = "The request body is not valid JSON of the expected shape.";
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof DatabindException)) {
			cause = cause.getCause();
		}
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("body");
			errors.add(new InvalidInputException.FieldError(field, "has an invalid value or type"));
			detail = "The field '" + field + "' has an invalid value or type.";
		}
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Malformed request", detail);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		// Framework problems (405, 415, 406 ...) keep their status and get our type and a safe detail.
		if (body instanceof ProblemDetail problem) {
			problem.setType(Problems.type(statusCode.value()));
			problem.setInstance(null);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static List<InvalidInputException.FieldError> fieldErrors(BindingResult result) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		result.getFieldErrors()
			.forEach(fe -> errors.add(new InvalidInputException.FieldError(fe.getField(), fe.getDefaultMessage())));
		result.getGlobalErrors()
			.forEach(ge -> errors.add(new InvalidInputException.FieldError(ge.getObjectName(), ge.getDefaultMessage())));
		return errors;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
