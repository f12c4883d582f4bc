package org.shouwang.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A publication the registry has not completed: which listener ({@code listenerId}, the listener method), which
 * event type, published when, its status and how often its completion was attempted or resubmitted.
 */
public record IncompletePublication(UUID id, String listenerId, String eventType, Instant publishedAt, String status,
		int completionAttempts, Instant lastResubmittedAt) {

	/** The listener's method as {@code Class.method}, without the package and parameter list. */
	public String listenerName() {
		String id = listenerId == null ? "" : listenerId;
		int paren = id.indexOf('(');
		String method = paren < 0 ? id : id.substring(0, paren);
		int lastDot = method.lastIndexOf('.');
		int classDot = lastDot < 0 ? -1 : method.lastIndexOf('.', lastDot - 1);
		return classDot < 0 ? method : method.substring(classDot + 1);
	}

	/** The event type's simple name. */
	public String eventName() {
		return eventType == null ? "" : eventType.substring(eventType.lastIndexOf('.') + 1);
	}
}
