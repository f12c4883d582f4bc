package org.shouwang.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes a problem straight to a servlet response, for code that runs outside Spring MVC (filters). */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	public ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getOutputStream().write(json.writeValueAsBytes(Problems.asMap(problem)));
	}
}
