package org.shouwang.community.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.security.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the community services share: the branch's clock (Asia/Shanghai), field checks that collect errors, the
 * Idempotency-Key store of creating requests and the signed-in user's name.
 */
@Component
public class CommunitySupport {

	private final JdbcClient jdbc;

	private final Clock clock = Clock.system(IndicatorPeriod.ZONE);

	CommunitySupport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	public Timestamp nowTimestamp() {
		return Timestamp.from(now());
	}

	/** The signed-in user's display name ({@code system} without one). */
	public static String actorName() {
		return SignedInUser.current().map(SignedInUser::displayName).orElse("system");
	}

	// ---- idempotency

	/**
	 * Creates once per Idempotency-Key: without a key, simply creates; with a key seen before for the same request,
	 * answers the id created then ({@code replayed}); with a key seen for another request, 409.
	 */
	public Created once(String key, String kind, Object request, Supplier<UUID> create) {
		if (key == null || key.isBlank()) {
			return new Created(create.get(), false);
		}
		if (key.length() > 255) {
			throw new InvalidInputException("Idempotency-Key", "must not be longer than 255 characters");
		}
		String hash = hash(kind + "|" + request + "|" + SignedInUser.current().map(SignedInUser::username).orElse(""));
		Optional<String[]> earlier = jdbc.sql("SELECT request_hash, object_id::text FROM community_idempotency WHERE idempotency_key = ?")
			.param(key)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		if (earlier.isPresent()) {
			if (!earlier.get()[0].equals(hash)) {
				throw new ConflictException("Idempotency-Key was already used for another request");
			}
			return new Created(UUID.fromString(earlier.get()[1]), true);
		}
		UUID id = create.get();
		int claimed = jdbc.sql("""
				INSERT INTO community_idempotency (idempotency_key, kind, request_hash, object_id, created_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING""")
			.params(key, kind, hash, id, nowTimestamp())
			.update();
		if (claimed != 1) {
			throw new ConflictException("Idempotency-Key " + key + " is being used by another request");
		}
		return new Created(id, false);
	}

	/** What {@link #once} created, and whether it is the answer to an earlier request. */
	public record Created(UUID id, boolean replayed) {
	}

	static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ---- checks

	public static void required(List<FieldError> errors, String field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			errors.add(new FieldError(field, "is required"));
		}
	}

	public static void maxLength(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			errors.add(new FieldError(field, "must not be longer than " + max + " characters"));
		}
	}

	public static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
		if (required) {
			required(errors, field, value);
		}
		maxLength(errors, field, value, max);
	}

	/** A phone of digits (with an optional +, spaces or dashes), or nothing. */
	public static void phone(List<FieldError> errors, String field, String value) {
		if (value != null && !value.isBlank() && !value.strip().matches("\\+?[0-9][0-9 \\-]{2,30}")) {
			errors.add(new FieldError(field, "must be a phone number"));
		}
	}

	public static void notAfter(List<FieldError> errors, String field, LocalDate value, LocalDate latest) {
		if (value != null && value.isAfter(latest)) {
			errors.add(new FieldError(field, "must not be in the future"));
		}
	}

	public static void reject(List<FieldError> errors, String message) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(message, errors);
		}
	}

	public static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public static String normalisePhone(String s) {
		return s == null || s.isBlank() ? null : s.strip().replaceAll("[ \\-]", "");
	}

	public static UUID parseUuid(String s) {
		if (s == null || s.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(s);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
