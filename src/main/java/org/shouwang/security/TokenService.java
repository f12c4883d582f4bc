package org.shouwang.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Opaque bearer tokens: 256 random bits, of which only the SHA-256 is stored. A token is good until it
 * expires or is revoked, and only while its user is enabled; the user's roles are read on every request,
 * so a change of roles takes effect at once.
 */
@Service
class TokenService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	private final Clock clock;

	private final UserRepository users;

	TokenService(JdbcClient jdbc, UserRepository users, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.users = users;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	/** An issued token: the secret (shown once) and when it expires. */
	record Issued(String token, Instant expiresAt) {
	}

	Issued issue(long userId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant issuedAt = clock.instant();
		Instant expiresAt = issuedAt.plus(properties.tokenTtl());
		jdbc.sql("INSERT INTO api_token (token_hash, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(hash(token), userId, Timestamp.from(issuedAt), Timestamp.from(expiresAt))
			.update();
		return new Issued(token, expiresAt);
	}

	/** The user a token belongs to, if the token is valid now. */
	Optional<SignedInUser> resolve(String token) {
		if (token == null || token.isBlank() || token.length() > 256) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.user_id
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.enabled""")
			.params(hash(token), Timestamp.from(clock.instant()))
			.query(String.class)
			.optional()
			.flatMap(users::find)
			.map(row -> row.principal(SignedInUser.PendingStep.NONE));
	}

	/** Revokes every token of the user; returns how many were still live. */
	int revokeAll(long userId) {
		return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(clock.instant()), userId)
			.update();
	}

	/** Forgets tokens that expired more than a day ago. */
	@Scheduled(cron = "0 17 * * * *")
	void purgeExpired() {
		jdbc.sql("DELETE FROM api_token WHERE expires_at < ?")
			.param(Timestamp.from(clock.instant().minusSeconds(86_400)))
			.update();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
