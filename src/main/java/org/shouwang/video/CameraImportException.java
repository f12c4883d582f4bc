package org.shouwang.video;

import java.util.List;
import java.util.Map;

import org.shouwang.platform.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A camera CSV file with bad rows: nothing was imported. Answered as 400 with every bad cell in
 * {@code errors}: each with field (rows[3].lat), message, row (3) and column (lat), where
 * {@code row} is the spreadsheet row (the header is row 1).
 */
public class CameraImportException extends ErrorResponseException {

	private final List<RowError> errors;

	CameraImportException(String detail, List<RowError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(detail, errors), null);
		this.errors = List.copyOf(errors);
	}

	public List<RowError> errors() {
		return errors;
	}

	private static ProblemDetail problem(String detail, List<RowError> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid input", detail);
		problem.setProperty("errors", errors.stream()
			.map(e -> Map.<String, Object>of("field", e.field(), "message", e.message(), "row", e.row(), "column",
					e.column()))
			.toList());
		return problem;
	}

	/** One bad cell (or a whole-file problem with row 0 / 1). */
	public record RowError(int row, String column, String message) {

		public String field() {
			return row <= 1 ? column : "rows[" + row + "]." + column;
		}
	}
}
