package org.shouwang.audit;

import java.util.Objects;

/**
 * What a module asks the trail to record. The actor and source address are normally resolved from the
 * security context and the current request; {@link #withActor} overrides the actor (e.g. the user name
 * of a failed login, which is not authenticated).
 *
 * @param action     what was done, see {@link AuditAction}
 * @param objectType kind of object acted on (e.g. {@code incident}), or {@code null}
 * @param objectId   its identifier, or {@code null}
 * @param outcome    how it ended
 * @param changes    what changed (masked, without secrets), or {@code null}
 * @param actor      explicit actor, or {@code null} to resolve it
 */
public record AuditEvent(String action, String objectType, String objectId, AuditOutcome outcome,
		ChangeSummary changes, String actor) {

	public AuditEvent {
		if (!AuditAction.isValid(action)) {
			throw new IllegalArgumentException("Invalid audit action: " + action);
		}
		Objects.requireNonNull(outcome, "outcome");
		checkLength("objectType", objectType, 100);
		checkLength("objectId", objectId, 200);
		checkLength("actor", actor, 200);
		if (actor != null && actor.isBlank()) {
			throw new IllegalArgumentException("actor must not be blank");
		}
	}

	/** An event without a change summary, with the actor resolved from the context. */
	public static AuditEvent of(String action, String objectType, Object objectId, AuditOutcome outcome) {
		return new AuditEvent(action, objectType, objectId == null ? null : String.valueOf(objectId), outcome, null,
				null);
	}

	/** The same event with a change summary. */
	public AuditEvent withChanges(ChangeSummary summary) {
		return new AuditEvent(action, objectType, objectId, outcome, summary, actor);
	}

	/** The same event with an explicit actor instead of the authenticated one. */
	public AuditEvent withActor(String name) {
		return new AuditEvent(action, objectType, objectId, outcome, changes, name);
	}

	private static void checkLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new IllegalArgumentException(field + " longer than " + max + " characters");
		}
	}
}
