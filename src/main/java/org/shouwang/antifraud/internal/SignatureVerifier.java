package org.shouwang.antifraud.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.shouwang.antifraud.AntifraudProperties;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.platform.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Checks a signed request of an anti-fraud centre, the way the video alert intake does: header {@code X-Timestamp}
 * (Unix seconds, within the tolerance of our clock) and {@code X-Signature: sha256=<hex>}, the HMAC-SHA256 with the
 * source's key of the timestamp, a full stop and the raw body. Each signature is accepted once; a bad, stale or
 * replayed one is 401 and changes nothing but the audit trail (for a registered source).
 */
@Component
public class SignatureVerifier {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignatureVerifier.class);

	private final SourceRows sources;

	private final AuditTrail audit;

	private final Duration tolerance;

	SignatureVerifier(SourceRows sources, AuditTrail audit, AntifraudProperties properties) {
		this.sources = sources;
		this.audit = audit;
		this.tolerance = properties.timestampTolerance();
	}

	/** Verifies and remembers the signature (in the caller's transaction), or throws the 401. */
	public void verify(String sourceCode, String timestamp, String signature, byte[] body, Instant now) {
		Optional<byte[]> key = sourceCode == null ? Optional.empty() : sources.activeKey(sourceCode);
		if (key.isEmpty()) {
			throw refused(sourceCode, "Unknown or inactive source, or a bad signature.");
		}
		Instant sent;
		try {
			sent = Instant.ofEpochSecond(Long.parseLong(timestamp == null ? "" : timestamp.strip()));
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			throw refused(sourceCode, "X-Timestamp must be the sending time in Unix seconds.");
		}
		if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
			throw refused(sourceCode, "X-Timestamp is too far from the server's time (stale or replayed request).");
		}
		String expected = "sha256=" + hmac(key.get(), timestamp.strip(), body == null ? new byte[0] : body);
		String given = signature == null ? "" : signature.strip().toLowerCase(Locale.ROOT);
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
			throw refused(sourceCode, "Unknown or inactive source, or a bad signature.");
		}
		sources.forgetSignaturesBefore(now.minus(tolerance.multipliedBy(2)));
		if (!sources.remember(sourceCode, expected.substring(7), now)) {
			throw refused(sourceCode, "This request was already received (replay).");
		}
	}

	/** The hex HMAC-SHA256 of the timestamp, a full stop and the body: what a centre sends after {@code sha256=}. */
	public static String hmac(byte[] key, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
			mac.update((byte) '.');
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private RuntimeException refused(String sourceCode, String detail) {
		if (sourceCode != null && sources.find(sourceCode).isPresent()) {
			audit.recordIndependently(AuditEvent.of("FRAUD_WARNING_REFUSED", "FraudWarningSource", sourceCode,
					AuditOutcome.DENIED)
				.withActor("source:" + sourceCode)
				.withChanges(ChangeSummary.builder().change("reason", null, detail).build()));
		}
		else {
			log.warn("Fraud warning refused for unknown source {}", sourceCode == null ? "-"
					: sourceCode.substring(0, Math.min(40, sourceCode.length())).replaceAll("[^A-Za-z0-9_.-]", "?"));
		}
		return new ErrorResponseException(HttpStatus.UNAUTHORIZED,
				Problems.of(HttpStatus.UNAUTHORIZED, "Signature refused", detail), null);
	}
}
