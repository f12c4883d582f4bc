package org.shouwang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.shouwang.security.SecurityEvent.Channel;
import org.shouwang.security.SecurityEvent.FailureReason;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks passwords and TOTP codes with the lockout rules. Each check of one user runs with the user's row
 * locked ({@code SELECT … FOR UPDATE}) from reading the failure count to writing it back, so parallel
 * attempts are evaluated one after the other: after the 5th consecutive failure every further attempt is
 * refused as locked, the right password included. Unknown usernames cost the same hashing time and answer
 * exactly like a wrong password.
 */
@Service
class Authenticator {

	/** What a check came to. */
	enum Result {
		/** Signed in completely. */
		OK,
		/** Password right; a TOTP code is needed (form login: next page; token: send {@code totp}). */
		TOTP_REQUIRED, BAD_CREDENTIALS, BAD_TOTP, LOCKED, DISABLED, RATE_LIMITED
	}

	/** The result, the user (for OK / TOTP_REQUIRED) and, when rate limited, how long to wait. */
	record Outcome(Result result, UserRow user, Duration retryAfter) {

		static Outcome of(Result result) {
			return new Outcome(result, null, null);
		}
	}

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final LoginRateLimiter limiter;

	private final SecurityProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	private final String dummyHash;

	/**
	 * Attempts on one account queue here, on the node, before they take a database connection: the row lock
	 * ({@code SELECT … FOR UPDATE}) keeps nodes apart, and this keeps a burst of parallel attempts on one
	 * account from holding the whole connection pool while each waits for the row.
	 */
	private final ReentrantLock[] accountLocks = new ReentrantLock[64];

	Authenticator(UserRepository users, PasswordEncoder encoder, LoginRateLimiter limiter,
			SecurityProperties properties, ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.users = users;
		this.encoder = encoder;
		this.limiter = limiter;
		this.properties = properties;
		this.events = events;
		this.transaction = transaction;
		this.dummyHash = encoder.encode("not a password of anyone " + System.nanoTime());
		for (int i = 0; i < accountLocks.length; i++) {
			accountLocks[i] = new ReentrantLock(true);
		}
	}

	private <T> T oneAtATime(String username, Supplier<T> work) {
		ReentrantLock lock = accountLocks[Math.floorMod(username.toLowerCase(Locale.ROOT).hashCode(), accountLocks.length)];
		lock.lock();
		try {
			return work.get();
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Checks a username and password (and, for the token channel, the TOTP code of an enrolled user). A
	 * successful form sign-in of a TOTP user stops at {@link Result#TOTP_REQUIRED} without resetting the
	 * failure count: only the complete sign-in resets it.
	 */
	Outcome password(String username, String password, String totpCode, String address, Channel channel) {
		String name = username == null ? "" : username.strip();
		Optional<Duration> wait = limiter.retryAfter(address, name);
		if (wait.isPresent()) {
			events.publishEvent(new SecurityEvent.LoginFailed(name, address, channel, FailureReason.RATE_LIMITED));
			return new Outcome(Result.RATE_LIMITED, null, wait.get());
		}
		return oneAtATime(name, () -> transaction.execute(status -> {
			Instant now = clock.instant();
			Optional<UserRow> found = name.isEmpty() || name.length() > 64 ? Optional.empty() : users.lock(name);
			if (found.isEmpty()) {
				encoder.matches(password == null ? "" : password, dummyHash);
				limiter.recordFailure(address, name);
				events.publishEvent(new SecurityEvent.LoginFailed(name, address, channel, FailureReason.UNKNOWN_USER));
				return Outcome.of(Result.BAD_CREDENTIALS);
			}
			UserRow user = current(found.get(), now);
			if (user.lockedAt(now)) {
				events.publishEvent(new SecurityEvent.LoginFailed(name, address, channel, FailureReason.LOCKED));
				return Outcome.of(Result.LOCKED);
			}
			if (password == null || !encoder.matches(password, user.passwordHash())) {
				return fail(user, address, channel, FailureReason.BAD_CREDENTIALS, now);
			}
			if (!user.enabled()) {
				events.publishEvent(new SecurityEvent.LoginFailed(name, address, channel, FailureReason.DISABLED));
				return Outcome.of(Result.DISABLED);
			}
			if (user.totpEnabled()) {
				if (channel == Channel.FORM || totpCode == null || totpCode.isBlank()) {
					if (channel == Channel.TOKEN) {
						events.publishEvent(
								new SecurityEvent.LoginFailed(name, address, channel, FailureReason.TOTP_REQUIRED));
					}
					return new Outcome(Result.TOTP_REQUIRED, user, null);
				}
				OptionalLong step = Totp.verify(user.totpSecret(), totpCode, now, user.totpLastStep());
				if (step.isEmpty()) {
					return fail(user, address, channel, FailureReason.BAD_TOTP, now);
				}
				users.setTotpLastStep(user.id(), step.getAsLong());
			}
			return succeed(user, address, channel);
		}));
	}

	/** The second step of a form sign-in: the TOTP code of a user whose password was right. */
	Outcome secondFactor(String username, String code, String address) {
		return oneAtATime(username, () -> transaction.execute(status -> {
			Instant now = clock.instant();
			Optional<UserRow> found = users.lock(username);
			if (found.isEmpty()) {
				return Outcome.of(Result.BAD_CREDENTIALS);
			}
			UserRow user = current(found.get(), now);
			if (user.lockedAt(now)) {
				events.publishEvent(new SecurityEvent.LoginFailed(username, address, Channel.FORM, FailureReason.LOCKED));
				return Outcome.of(Result.LOCKED);
			}
			if (!user.enabled()) {
				return Outcome.of(Result.DISABLED);
			}
			if (!user.totpEnabled()) {
				return succeed(user, address, Channel.FORM);
			}
			OptionalLong step = Totp.verify(user.totpSecret(), code, now, user.totpLastStep());
			if (step.isEmpty()) {
				Outcome failed = fail(user, address, Channel.FORM, FailureReason.BAD_TOTP, now);
				return users.find(username).filter(u -> u.lockedAt(now)).isPresent() ? Outcome.of(Result.LOCKED) : failed;
			}
			users.setTotpLastStep(user.id(), step.getAsLong());
			return succeed(user, address, Channel.FORM);
		}));
	}

	/**
	 * Checks the current password of a signed-in user who wants to change it; a wrong one counts as a
	 * failed sign-in. Runs in the caller's transaction.
	 */
	boolean currentPassword(String username, String password, String address) {
		Instant now = clock.instant();
		UserRow user = current(users.lock(username).orElseThrow(), now);
		if (user.lockedAt(now)) {
			return false;
		}
		if (password != null && encoder.matches(password, user.passwordHash())) {
			return true;
		}
		fail(user, address, Channel.FORM, FailureReason.BAD_CREDENTIALS, now);
		return false;
	}

	/** A lock that has run out no longer counts: the user starts again from zero failures. */
	private UserRow current(UserRow user, Instant now) {
		if (user.lockedUntil() != null && !user.lockedAt(now)) {
			users.recordFailures(user.id(), 0, null);
			return new UserRow(user.id(), user.username(), user.displayName(), user.passwordHash(),
					user.scopeUnitCode(), user.officerBadge(), user.enabled(), user.mustChangePassword(), 0, null,
					user.totpSecret(), user.totpLastStep(), user.lastLoginAt(), user.createdAt(), user.updatedAt(),
					user.demo(), user.roles());
		}
		return user;
	}

	private Outcome fail(UserRow user, String address, Channel channel, FailureReason reason, Instant now) {
		int failed = user.failedAttempts() + 1;
		Instant lockedUntil = failed >= properties.maxFailedAttempts() ? now.plus(properties.lockDuration()) : null;
		users.recordFailures(user.id(), failed, lockedUntil);
		limiter.recordFailure(address, user.username());
		events.publishEvent(new SecurityEvent.LoginFailed(user.username(), address, channel, reason));
		if (lockedUntil != null) {
			events.publishEvent(new SecurityEvent.AccountLocked(user.username(), address, failed, lockedUntil));
		}
		return Outcome.of(reason == FailureReason.BAD_TOTP ? Result.BAD_TOTP : Result.BAD_CREDENTIALS);
	}

	private Outcome succeed(UserRow user, String address, Channel channel) {
		users.recordSignIn(user.id());
		events.publishEvent(new SecurityEvent.LoginSucceeded(user.username(), address, channel));
		return new Outcome(Result.OK, user, null);
	}
}
