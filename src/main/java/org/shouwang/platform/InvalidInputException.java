package org.shouwang.platform;

import java.util.List;

/**
 * Input that fails a rule the bean validation annotations cannot express; answered as 400 with the
 * field errors. Thrown before anything is changed.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(String message, List<FieldError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String field, String message) {
		this(message, List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** One rejected field, as it appears in a problem's {@code errors} array. */
	public record FieldError(String field, String message) {
	}
}
