package org.shouwang.events;

import java.time.Duration;

import org.shouwang.security.SystemActor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits, every minute, the publications that are still incomplete a few minutes after they were published
 * (default 5): a listener that failed on a passing problem (a lock timeout, a restart of the database) completes
 * without an administrator. Runs as the system actor, so the listeners' services see the whole branch.
 */
@Component
class ScheduledRetry {

	private final EventPublications publications;

	private final Duration age;

	ScheduledRetry(EventPublications publications, @Value("${shouwang.events.retry-after:5m}") Duration age) {
		this.publications = publications;
		this.age = age;
	}

	@Scheduled(fixedDelayString = "${shouwang.events.retry-every:1m}", initialDelayString = "${shouwang.events.retry-every:1m}")
	void retry() {
		SystemActor.run(SystemActor.SYSTEM, () -> publications.retryOlderThan(age));
	}
}
