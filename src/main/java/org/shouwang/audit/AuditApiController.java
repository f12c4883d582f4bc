package org.shouwang.audit;

import java.time.OffsetDateTime;

import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The audit API: list the trail, verify it, export and read checkpoints. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditQueries queries;

	private final AuditIntegrity integrity;

	private final AuditTrail trail;

	AuditApiController(AuditQueries queries, AuditIntegrity integrity, AuditTrail trail) {
		this.queries = queries;
		this.integrity = integrity;
		this.trail = trail;
	}

	/** Entries, newest first, filtered by time range, actor, action, object and outcome. */
	@GetMapping("/entries")
	@PreAuthorize("hasAuthority('audit:read')")
	Page<AuditEntry> entries(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
			@RequestParam(required = false) AuditOutcome outcome, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Page.check(page, size);
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidInputException("to", "must be after from");
		}
		return queries.find(new AuditQueries.AuditFilter(from == null ? null : from.toInstant(),
				to == null ? null : to.toInstant(), actor, action, objectType, objectId, outcome), page, size);
	}

	/** Recomputes the chain and compares it with the latest checkpoint. */
	@GetMapping("/verify")
	@PreAuthorize("hasAuthority('audit:verify')")
	VerificationResult verify() {
		return integrity.verify();
	}

	/** Exports a checkpoint now: 201 with it, or 409 when the trail does not verify. */
	@PostMapping("/checkpoints")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('audit:verify')")
	AuditCheckpoint exportCheckpoint() {
		try {
			AuditCheckpoint checkpoint = integrity.export();
			trail.recordIndependently(AuditEvent.of(AuditAction.EXPORT, "audit_checkpoint", checkpoint.headSequence(),
					AuditOutcome.SUCCESS));
			return checkpoint;
		}
		catch (AuditIntegrity.CheckpointRefusedException ex) {
			trail.recordIndependently(AuditEvent.of(AuditAction.EXPORT, "audit_checkpoint", null, AuditOutcome.FAILED));
			throw new ConflictException(ex.getMessage());
		}
	}

	/** The latest exported checkpoint; 404 when none has been exported yet. */
	@GetMapping("/checkpoints/latest")
	@PreAuthorize("hasAuthority('audit:verify')")
	AuditCheckpoint latestCheckpoint() {
		return integrity.latest().orElseThrow(() -> new NotFoundException("Audit checkpoint"));
	}
}
