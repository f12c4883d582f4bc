package org.shouwang.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problems as every part of Shouwang writes them: a type per status, a title, a safe detail. */
public final class Problems {

	private Problems() {
	}

	public static URI type(int status) {
		return URI.create("https://shouwang.org/problems/" + status);
	}

	public static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(type(status.value()));
		return problem;
	}

	public static ProblemDetail validation(String detail, List<InvalidInputException.FieldError> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "Invalid input", detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** The problem as a JSON-ready map, for writers outside Spring MVC (filters, entry points). */
	public static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("type", problem.getType().toString());
		map.put("title", problem.getTitle());
		map.put("status", problem.getStatus());
		map.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			map.putAll(problem.getProperties());
		}
		return map;
	}
}
