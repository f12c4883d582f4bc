package org.shouwang.video;

import org.shouwang.security.SystemActor;
import org.shouwang.video.internal.AlertSourceRows;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The video analytics systems allowed to post alerts, each with its own HMAC-SHA256 key (32 random bytes).
 * The key is shown once, at creation or rotation; the audit trail only records that it was set.
 */
@Service
public class AlertSources {

	/** Length of a generated key in bytes. */
	public static final int KEY_BYTES = 32;

	private final AlertSourceRows rows;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AlertSources(AlertSourceRows rows, AuditTrail audit, ObjectProvider<Clock> clock) {
		this.rows = rows;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional(readOnly = true)
	public List<AlertSource> list() {
		return rows.list();
	}

	/** The source with this code, or 404. */
	@Transactional(readOnly = true)
	public AlertSource get(String code) {
		return rows.find(code).orElseThrow(() -> new NotFoundException("Alert source"));
	}

	/** Registers a source with a new random key, returned this once. */
	@Transactional
	public AlertSourceKey create(String code, String name) {
		byte[] key = new byte[KEY_BYTES];
		random.nextBytes(key);
		return create(code, name, key);
	}

	/** Registers a source with a key agreed out of band (at least 32 bytes); the demo district's are demo data. */
	@Transactional
	public AlertSourceKey create(String code, String name, byte[] key) {
		boolean demo = SystemActor.isDemo();
		List<FieldError> errors = new ArrayList<>();
		if (code == null || !Cameras.CODE.matcher(code.strip()).matches()) {
			errors.add(new FieldError("code", "must be 1–40 letters, digits, '.', '_' or '-'"));
		}
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			errors.add(new FieldError("name", "must be 1–100 characters"));
		}
		if (key == null || key.length < KEY_BYTES) {
			errors.add(new FieldError("key", "must be at least " + KEY_BYTES + " bytes"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The alert source has invalid fields.", errors);
		}
		String id = code.strip();
		if (rows.find(id).isPresent()) {
			throw new ConflictException("An alert source with code " + id + " exists.");
		}
		Instant now = clock.instant();
		rows.insert(id, name.strip(), key.clone(), demo, now);
		audit.record(AuditAction.CREATE, "VideoAlertSource", id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.secret("hmacKey")
			.change("name", null, name.strip())
			.change("hmacKey", null, "set")
			.build());
		return new AlertSourceKey(get(id), HexFormat.of().formatHex(key));
	}

	/** Replaces a source's key with a new random one, returned this once; the old key stops working. */
	@Transactional
	public AlertSourceKey rotateKey(String code) {
		AlertSource source = get(code);
		byte[] key = new byte[KEY_BYTES];
		random.nextBytes(key);
		rows.setKey(source.code(), key, clock.instant());
		audit.record(AuditAction.UPDATE, "VideoAlertSource", source.code(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().secret("hmacKey").change("hmacKey", "old", "new").build());
		return new AlertSourceKey(get(source.code()), HexFormat.of().formatHex(key));
	}

	/** Lets a source post (true) or refuses its alerts (false). */
	@Transactional
	public AlertSource setActive(String code, boolean active) {
		AlertSource source = get(code);
		if (source.active() != active) {
			rows.setActive(source.code(), active);
			audit.record(AuditAction.UPDATE, "VideoAlertSource", source.code(), AuditOutcome.SUCCESS,
					ChangeSummary.builder().change("active", source.active(), active).build());
		}
		return get(source.code());
	}
}
