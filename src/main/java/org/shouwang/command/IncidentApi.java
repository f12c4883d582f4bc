package org.shouwang.command;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.Page;
import org.shouwang.platform.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The incident API: {@code /api/v1/incidents} (intake, read, list, reclassify, duplicates). */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApi {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final Incidents incidents;

	private final Dispatch dispatch;

	private final CommandProperties properties;

	IncidentApi(Incidents incidents, Dispatch dispatch, CommandProperties properties) {
		this.incidents = incidents;
		this.dispatch = dispatch;
		this.properties = properties;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('incident:write')")
	ResponseEntity<String> intake(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
			@RequestBody IncidentRequest request) {
		IntakeOutcome outcome = incidents.intake(key, request);
		String body = outcome.body();
		// The body is JSON already (written once, as stored for Idempotency-Key replays).
		return ResponseEntity.status(outcome.status())
			.location(URI.create("/api/v1/incidents/" + outcome.incidentId()))
			.header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('incident:read')")
	IncidentDetail incident(@PathVariable UUID id) {
		return incidents.get(id);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('incident:read')")
	Page<IncidentListItem> list(@RequestParam(required = false) List<IncidentStatus> status,
			@RequestParam(required = false) IncidentCategory category, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String stationCode,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return incidents.list(new IncidentFilter(status, category, instant("from", from, false),
				instant("to", to, true), stationCode), page, size);
	}

	@GetMapping("/{id}/recommendations")
	@PreAuthorize("hasAuthority('incident:dispatch')")
	List<Recommendation> recommendations(@PathVariable UUID id, @RequestParam(defaultValue = "5") int limit) {
		return dispatch.recommend(id, limit);
	}

	@PostMapping("/{id}/dispatch")
	@PreAuthorize("hasAuthority('incident:dispatch')")
	IncidentDetail dispatch(@PathVariable UUID id, @RequestBody DispatchRequest request) {
		return dispatch.dispatch(id, request);
	}

	@PostMapping("/{id}/progress")
	@PreAuthorize("hasAuthority('incident:dispatch')")
	IncidentDetail progress(@PathVariable UUID id, @RequestBody ProgressRequest request) {
		return dispatch.progress(id, request);
	}

	@PostMapping("/{id}/reclassify")
	@PreAuthorize("hasAuthority('incident:write')")
	IncidentDetail reclassify(@PathVariable UUID id, @RequestBody ReclassifyRequest request) {
		return incidents.reclassify(id, request);
	}

	/** Body of a merge: the incident this one duplicates. */
	record MergeRequest(UUID into) {
	}

	@PostMapping("/{id}/merge")
	@PreAuthorize("hasAuthority('incident:write')")
	IncidentDetail merge(@PathVariable UUID id, @RequestBody MergeRequest request) {
		return incidents.merge(id, request == null ? null : request.into());
	}

	@PostMapping("/{id}/dismiss-duplicate")
	@PreAuthorize("hasAuthority('incident:write')")
	IncidentDetail dismissDuplicate(@PathVariable UUID id) {
		return incidents.dismissDuplicate(id);
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ProblemDetail keyReused(IdempotencyKeyReusedException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", ex.getMessage());
	}

	/**
	 * A filter bound: an ISO date-time with offset, or a date (Asia/Shanghai) meaning its start for
	 * {@code from} and the start of the next day for {@code to}, so that {@code to} includes the whole day.
	 */
	private Instant instant(String field, String value, boolean upper) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return (upper ? day.plusDays(1) : day).atStartOfDay(properties.zone()).toInstant();
			}
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "must be a date (2025-07-14) or a date-time with offset");
		}
	}
}
