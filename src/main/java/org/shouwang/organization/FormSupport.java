package org.shouwang.organization;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.web.PageLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Small helpers the admin pages share: field errors for the form, messages, list links. */
@Component
class FormSupport {

	private final MessageSource messages;

	FormSupport(MessageSource messages) {
		this.messages = messages;
	}

	/** Field name → message, from values the browser could not even convert (a letter in a number field). */
	Map<String, String> bindingErrors(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), message("org.validation.format")));
		return errors;
	}

	/** Field name → message, from the service's validation. */
	static Map<String, String> fieldErrors(Map<String, String> errors, InvalidInputException ex) {
		ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		return errors;
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** A link to another page of a list, keeping its filters (empty ones left out). */
	static String pageLink(String path, Map<String, Object> filters, int page) {
		return PageLinks.link(path, filters, page);
	}
}
