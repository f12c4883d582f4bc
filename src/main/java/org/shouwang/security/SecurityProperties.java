package org.shouwang.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of sign-in and sessions ({@code shouwang.security.*}).
 *
 * @param idleTimeout       a UI session ends after this long without a request (30 min)
 * @param absoluteTimeout   a UI session ends this long after it began, whatever happens (12 h)
 * @param tokenTtl          lifetime of an API bearer token (12 h)
 * @param maxFailedAttempts consecutive failures that lock an account (5)
 * @param lockDuration      how long a locked account stays locked (10 min)
 * @param adminMfa          ADMIN users must use TOTP
 * @param rateLimit         failed sign-ins allowed per minute
 */
@ConfigurationProperties("shouwang.security")
record SecurityProperties(Duration idleTimeout, Duration absoluteTimeout, Duration tokenTtl, Integer maxFailedAttempts,
		Duration lockDuration, boolean adminMfa, RateLimit rateLimit) {

	SecurityProperties {
		idleTimeout = idleTimeout != null ? idleTimeout : Duration.ofMinutes(30);
		absoluteTimeout = absoluteTimeout != null ? absoluteTimeout : Duration.ofHours(12);
		tokenTtl = tokenTtl != null ? tokenTtl : Duration.ofHours(12);
		maxFailedAttempts = maxFailedAttempts != null ? maxFailedAttempts : 5;
		lockDuration = lockDuration != null ? lockDuration : Duration.ofMinutes(10);
		rateLimit = rateLimit != null ? rateLimit : new RateLimit(null, null, null);
	}

	/**
	 * Sliding-window limits on failed sign-ins, kept in memory per node.
	 *
	 * @param perAddress  failures per window from one source address (20)
	 * @param perUsername failures per window for one username (10)
	 * @param window      the window (1 min)
	 */
	record RateLimit(Integer perAddress, Integer perUsername, Duration window) {

		RateLimit {
			perAddress = perAddress != null ? perAddress : 20;
			perUsername = perUsername != null ? perUsername : 10;
			window = window != null ? window : Duration.ofMinutes(1);
		}
	}
}
