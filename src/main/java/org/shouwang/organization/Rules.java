package org.shouwang.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks input with bean validation and collects rule violations, with messages in the caller's language
 * (from the organisation message bundle), then fails with 400 before anything is changed.
 */
@Component
class Rules {

	private final Validator validator;

	private final MessageSource messages;

	Rules(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * Starts a check of one input with its bean-validation violations already collected: one per field, a
	 * missing value before a malformed one.
	 */
	Check check(Object input) {
		Check check = new Check();
		validator.validate(input)
			.stream()
			.sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
				.thenComparing(v -> !isRequired(v)))
			.forEach(v -> {
				String field = v.getPropertyPath().toString();
				if (check.ok(field)) {
					check.errors.add(new InvalidInputException.FieldError(field, v.getMessage()));
				}
			});
		return check;
	}

	private static boolean isRequired(ConstraintViolation<?> violation) {
		Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
		return type == jakarta.validation.constraints.NotBlank.class || type == jakarta.validation.constraints.NotNull.class;
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	ConflictException conflict(String key, Object... args) {
		return new ConflictException(message(key, args));
	}

	/** The collected field errors of one input. */
	final class Check {

		private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

		boolean ok(String field) {
			return errors.stream().noneMatch(e -> e.field().equals(field));
		}

		void reject(String field, String key, Object... args) {
			if (ok(field)) {
				errors.add(new InvalidInputException.FieldError(field, message(key, args)));
			}
		}

		/** Throws 400 with every collected field error, if there is any. */
		void done() {
			if (!errors.isEmpty()) {
				throw new InvalidInputException(message("org.error.invalid"), errors);
			}
		}
	}
}
