package org.shouwang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window limit on failed sign-ins, per source address and per username (password spraying and
 * guessing). Counts failures only, so people who sign in correctly are never slowed. Kept in memory on each
 * node: with N nodes an attacker gets at most N times the limit, and the per-account lockout still holds.
 */
class LoginRateLimiter {

	private final int perAddress;

	private final int perUsername;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	LoginRateLimiter(int perAddress, int perUsername, Duration window, Clock clock) {
		this.perAddress = perAddress;
		this.perUsername = perUsername;
		this.window = window;
		this.clock = clock;
	}

	/** How long the caller must wait, or empty when the attempt may go ahead. */
	Optional<Duration> retryAfter(String address, String username) {
		Instant now = clock.instant();
		Optional<Duration> byAddress = wait("a:" + address, perAddress, now);
		Optional<Duration> byUser = wait("u:" + normalise(username), perUsername, now);
		if (byAddress.isPresent() && byUser.isPresent()) {
			return Optional.of(byAddress.get().compareTo(byUser.get()) > 0 ? byAddress.get() : byUser.get());
		}
		return byAddress.isPresent() ? byAddress : byUser;
	}

	void recordFailure(String address, String username) {
		Instant now = clock.instant();
		add("a:" + address, now);
		add("u:" + normalise(username), now);
	}

	/** Forgets the failures counted against one source address (e.g. after an operator cleared a block). */
	void forgetAddress(String address) {
		failures.remove("a:" + address);
	}

	/** Drops windows that have run out (called on a schedule so the map stays small). */
	void purge() {
		Instant cutoff = clock.instant().minus(window);
		failures.entrySet().removeIf(entry -> {
			synchronized (entry.getValue()) {
				prune(entry.getValue(), cutoff);
				return entry.getValue().isEmpty();
			}
		});
	}

	private Optional<Duration> wait(String key, int limit, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			prune(times, now.minus(window));
			if (times.size() < limit) {
				return Optional.empty();
			}
			Instant oldest = times.peekFirst();
			Duration wait = Duration.between(now, oldest.plus(window));
			return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
		}
	}

	private void add(String key, Instant now) {
		Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
			while (times.size() > Math.max(perAddress, perUsername) * 2) {
				times.removeFirst();
			}
		}
	}

	private static void prune(Deque<Instant> times, Instant cutoff) {
		while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
			times.removeFirst();
		}
	}

	private static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
