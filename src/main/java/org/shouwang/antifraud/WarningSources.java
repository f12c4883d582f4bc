package org.shouwang.antifraud;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.shouwang.antifraud.internal.SourceRows;
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
 * The upper-level anti-fraud centres allowed to post orders, each with its own HMAC-SHA256 key (at least 32 bytes).
 * A generated key is returned once, at registration or rotation; the audit trail records only that it was set.
 */
@Service
public class WarningSources {

	public static final int KEY_BYTES = 32;

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

	private final SourceRows rows;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	WarningSources(SourceRows rows, AuditTrail audit, ObjectProvider<Clock> clock) {
		this.rows = rows;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional(readOnly = true)
	public List<WarningSource> list() {
		return rows.list();
	}

	@Transactional(readOnly = true)
	public WarningSource get(String code) {
		return rows.find(code).orElseThrow(() -> new NotFoundException("Anti-fraud source"));
	}

	/** Registers a centre with a new random key; returns the key in hex, this once. */
	@Transactional
	public String register(String code, String name) {
		byte[] key = new byte[KEY_BYTES];
		random.nextBytes(key);
		register(code, name, key, false);
		return HexFormat.of().formatHex(key);
	}

	/** Registers a centre with a key agreed out of band. */
	@Transactional
	public WarningSource register(String code, String name, byte[] key, boolean demo) {
		List<FieldError> errors = new ArrayList<>();
		if (code == null || !CODE.matcher(code.strip()).matches()) {
			errors.add(new FieldError("code", "must be 1–40 letters, digits, '.', '_' or '-'"));
		}
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			errors.add(new FieldError("name", "must be 1–100 characters"));
		}
		if (key == null || key.length < KEY_BYTES) {
			errors.add(new FieldError("key", "must be at least " + KEY_BYTES + " bytes"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The source has invalid fields.", errors);
		}
		String id = code.strip();
		if (rows.find(id).isPresent()) {
			throw new ConflictException("A source with code " + id + " exists.");
		}
		rows.insert(id, name.strip(), key.clone(), demo, clock.instant());
		audit.record(AuditAction.CREATE, "FraudWarningSource", id, AuditOutcome.SUCCESS, ChangeSummary.builder()
			.secret("hmacKey")
			.change("name", null, name.strip())
			.change("hmacKey", null, "set")
			.build());
		return get(id);
	}

	/** A new random key for the source (hex, returned once); the old one stops working at once. */
	@Transactional
	public String rotateKey(String code) {
		WarningSource source = get(code);
		byte[] key = new byte[KEY_BYTES];
		random.nextBytes(key);
		rows.setKey(source.code(), key, clock.instant());
		audit.record(AuditAction.UPDATE, "FraudWarningSource", source.code(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().secret("hmacKey").change("hmacKey", "old", "new").build());
		return HexFormat.of().formatHex(key);
	}

	@Transactional
	public WarningSource setActive(String code, boolean active) {
		WarningSource source = get(code);
		if (source.active() != active) {
			rows.setActive(source.code(), active);
			audit.record(AuditAction.UPDATE, "FraudWarningSource", source.code(), AuditOutcome.SUCCESS,
					ChangeSummary.builder().change("active", source.active(), active).build());
		}
		return get(code);
	}
}
