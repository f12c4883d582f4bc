package org.shouwang.enterprise;

import java.time.LocalDate;
import java.util.UUID;

import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

/**
 * An issue an enterprise raised (a security concern, a request for help), followed up until closed: the first
 * follow-up puts it IN_PROGRESS, {@link #close} ends it with the resolution.
 */
public record EnterpriseIssue(UUID id, UUID enterpriseId, UUID liaisonId, LocalDate raisedOn, String description,
		Status status, LocalDate closedOn, String resolution, boolean demo, int version) {

	public enum Status {
		OPEN, IN_PROGRESS, CLOSED;

		public String messageKey() {
			return "enterprise.issue." + name();
		}
	}

	/** The issue after a follow-up on {@code on}. */
	public EnterpriseIssue followUp(LocalDate on) {
		requireOpen();
		requireDate(on, "on");
		return new EnterpriseIssue(id, enterpriseId, liaisonId, raisedOn, description, Status.IN_PROGRESS, null, null, demo,
				version);
	}

	/** The issue closed on {@code on} with what was done. */
	public EnterpriseIssue close(LocalDate on, String resolution) {
		requireOpen();
		requireDate(on, "closedOn");
		if (resolution == null || resolution.isBlank() || resolution.strip().length() > 500) {
			throw new InvalidInputException("resolution", "say in 1–500 characters how the issue was resolved");
		}
		return new EnterpriseIssue(id, enterpriseId, liaisonId, raisedOn, description, Status.CLOSED, on, resolution.strip(),
				demo, version);
	}

	private void requireOpen() {
		if (status == Status.CLOSED) {
			throw new ConflictException("The issue was closed on " + closedOn + ".");
		}
	}

	private void requireDate(LocalDate on, String field) {
		if (on == null) {
			throw new InvalidInputException(field, "is required");
		}
		if (on.isBefore(raisedOn)) {
			throw new InvalidInputException(field, "must not be before the issue was raised (" + raisedOn + ")");
		}
	}
}
