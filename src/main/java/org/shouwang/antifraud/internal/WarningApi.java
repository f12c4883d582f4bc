package org.shouwang.antifraud.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import org.shouwang.antifraud.ChecklistItem;
import org.shouwang.antifraud.ContactMethod;
import org.shouwang.antifraud.FraudWarnings;
import org.shouwang.antifraud.IdempotencyKeyReusedException;
import org.shouwang.antifraud.OutcomeInput;
import org.shouwang.antifraud.RiskLevel;
import org.shouwang.antifraud.WarningFilter;
import org.shouwang.antifraud.WarningInput;
import org.shouwang.antifraud.WarningOutcome;
import org.shouwang.antifraud.WarningStatus;
import org.shouwang.antifraud.WarningView;
import org.shouwang.platform.Page;
import org.shouwang.platform.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

/**
 * Early-warning orders under {@code /api/v1/antifraud}. {@code POST /intake/{sourceCode}} is called by the
 * upper-level anti-fraud centre with no user token: its HMAC signature authenticates it. Everything else needs
 * {@code antifraud:read} / {@code antifraud:write} and sees the caller's station only.
 */
@RestController
@RequestMapping("/api/v1/antifraud")
class WarningApi {

	private final FraudWarnings warnings;

	WarningApi(FraudWarnings warnings) {
		this.warnings = warnings;
	}

	@Operation(summary = "Receive an early-warning order from the anti-fraud centre, HMAC-signed", description = """
			No user token: headers X-Timestamp (Unix seconds, within 5 minutes of the server's clock) and
			X-Signature = sha256=<hex HMAC-SHA256 of the X-Timestamp value, a '.', and the raw body> with the source's
			key. A signature is accepted once (a replay gets 401, and nothing is stored). Body (application/json):
			{externalId, victimPhone, location: {lat, lng, address}, riskLevel: HIGH|MEDIUM|LOW (or 高/中/低),
			fraudType, suspiciousContact, summary, issuedAt}. 201 with the routed order and its deadlines; the same
			externalId again: 200 with the earlier order.""")
	@PostMapping("/intake/{sourceCode}")
	@PreAuthorize("permitAll()")
	ResponseEntity<WarningView> intake(@PathVariable String sourceCode,
			@RequestHeader(name = "X-Timestamp", required = false) String timestamp,
			@RequestHeader(name = "X-Signature", required = false) String signature,
			@RequestBody(required = false) byte[] body) {
		FraudWarnings.Intake intake = warnings.receiveSigned(sourceCode, timestamp, signature, body);
		return intake.created()
				? ResponseEntity.created(URI.create("/api/v1/antifraud/warnings/" + intake.warning().id())).body(intake.warning())
				: ResponseEntity.ok(intake.warning());
	}

	@Operation(summary = "Enter an order by hand (Idempotency-Key required)")
	@PostMapping("/warnings")
	@PreAuthorize("hasAuthority('antifraud:write')")
	ResponseEntity<WarningView> create(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody WarningInput input) {
		FraudWarnings.Intake intake = warnings.create(key, input);
		return ResponseEntity.status(intake.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/antifraud/warnings/" + intake.warning().id()))
			.header("Idempotent-Replayed", String.valueOf(!intake.created()))
			.body(intake.warning());
	}

	@Operation(summary = "Import a CSV batch of orders (UTF-8 or GB18030); nothing is stored when any row is wrong")
	@PostMapping(path = "/warnings/import", consumes = { "text/csv", "application/octet-stream", "text/plain" })
	@PreAuthorize("hasAuthority('antifraud:write')")
	FraudWarnings.ImportResult importCsv(@RequestBody byte[] csv) {
		return warnings.importCsv(csv);
	}

	@GetMapping("/warnings")
	@PreAuthorize("hasAuthority('antifraud:read')")
	Page<WarningView> list(@RequestParam(required = false) WarningStatus status,
			@RequestParam(required = false) RiskLevel riskLevel, @RequestParam(required = false) WarningOutcome outcome,
			@RequestParam(required = false) String stationCode, @RequestParam(required = false) Boolean open,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return warnings.list(new WarningFilter(status, riskLevel, outcome, stationCode, open, overdue, from, to, q), page,
				size);
	}

	@GetMapping("/warnings/{id}")
	@PreAuthorize("hasAuthority('antifraud:read')")
	WarningView get(@PathVariable UUID id) {
		return warnings.get(id);
	}

	@Operation(summary = "The victim's full phone number (audited)")
	@GetMapping("/warnings/{id}/victim-phone")
	@PreAuthorize("hasAuthority('antifraud:read') and hasAuthority('pii:unmask')")
	Map<String, String> victimPhone(@PathVariable UUID id) {
		return Map.of("victimPhone", warnings.unmaskPhone(id));
	}

	record ContactRequest(ContactMethod method, Instant at) {
	}

	record VisitRequest(Set<ChecklistItem> checklist, Instant at) {
	}

	@PostMapping("/warnings/{id}/contact")
	@PreAuthorize("hasAuthority('antifraud:write')")
	WarningView contact(@PathVariable UUID id, @RequestBody ContactRequest request) {
		return warnings.recordContact(id, request.method(), request.at());
	}

	@PostMapping("/warnings/{id}/visit")
	@PreAuthorize("hasAuthority('antifraud:write')")
	WarningView visit(@PathVariable UUID id, @RequestBody VisitRequest request) {
		return warnings.recordVisit(id, request.checklist(), request.at());
	}

	@Operation(summary = "Close with the outcome: DISSUADED (lossAvoided 元), DEFRAUDED (lossAmount, urgentStopAccount: "
			+ "opens a fraud case), UNREACHABLE, FALSE_ALARM (note)")
	@PostMapping("/warnings/{id}/outcome")
	@PreAuthorize("hasAuthority('antifraud:write')")
	WarningView outcome(@PathVariable UUID id, @RequestBody OutcomeInput input) {
		return warnings.close(id, input);
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ProblemDetail keyReused(IdempotencyKeyReusedException ex) {
		return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", ex.getMessage());
	}
}
