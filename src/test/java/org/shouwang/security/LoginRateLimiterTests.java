package org.shouwang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginRateLimiterTests {

	private Instant now = Instant.parse("2025-07-14T00:30:00Z");

	private final Clock clock = new Clock() {
		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	private final LoginRateLimiter limiter = new LoginRateLimiter(20, 10, Duration.ofMinutes(1), clock);

	@Test
	void limitsFailuresPerUsernameAcrossAddresses() {
		for (int i = 0; i < 10; i++) {
			assertThat(limiter.retryAfter("10.0.0." + i, "Admin")).isEmpty();
			limiter.recordFailure("10.0.0." + i, "admin");
		}
		assertThat(limiter.retryAfter("10.0.1.1", "ADMIN")).hasValueSatisfying(
				wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
		assertThat(limiter.retryAfter("10.0.1.1", "someone-else")).isEmpty();
	}

	@Test
	void limitsFailuresPerAddressAcrossUsernames() {
		for (int i = 0; i < 20; i++) {
			assertThat(limiter.retryAfter("10.1.1.1", "user" + i)).isEmpty();
			limiter.recordFailure("10.1.1.1", "user" + i);
		}
		assertThat(limiter.retryAfter("10.1.1.1", "fresh-user")).isPresent();
		assertThat(limiter.retryAfter("10.1.1.2", "fresh-user")).isEmpty();
	}

	@Test
	void anAddressCanBeForgotten() {
		for (int i = 0; i < 20; i++) {
			limiter.recordFailure("10.3.3.3", "user" + i);
		}
		assertThat(limiter.retryAfter("10.3.3.3", "fresh-user")).isPresent();
		limiter.forgetAddress("10.3.3.3");
		assertThat(limiter.retryAfter("10.3.3.3", "fresh-user")).isEmpty();
	}

	@Test
	void theWindowSlides() {
		for (int i = 0; i < 10; i++) {
			limiter.recordFailure("10.2.2.2", "zhang");
			now = now.plusSeconds(5);
		}
		assertThat(limiter.retryAfter("10.2.2.3", "zhang")).hasValue(Duration.ofSeconds(10));
		now = now.plusSeconds(11);
		assertThat(limiter.retryAfter("10.2.2.3", "zhang")).as("the oldest failure left the window").isEmpty();
		now = now.plusSeconds(120);
		limiter.purge();
		assertThat(limiter.retryAfter("10.2.2.2", "zhang")).isEmpty();
	}
}
