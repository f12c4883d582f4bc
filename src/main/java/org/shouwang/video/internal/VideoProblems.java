package org.shouwang.video.internal;

import org.shouwang.platform.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The video API's refusals that the platform has no exception for (401 for a bad signature, 422). */
final class VideoProblems {

	private VideoProblems() {
	}

	static ErrorResponseException of(HttpStatus status, String title, String detail) {
		return new ErrorResponseException(status, Problems.of(status, title, detail), null);
	}

	static ErrorResponseException unauthorized(String detail) {
		return of(HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
	}

	static ErrorResponseException unprocessable(String detail) {
		return of(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable content", detail);
	}

	static ErrorResponseException malformed(String detail) {
		return of(HttpStatus.BAD_REQUEST, "Malformed request", detail);
	}
}
