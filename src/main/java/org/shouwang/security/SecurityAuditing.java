package org.shouwang.security;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditEvent;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes every {@link SecurityEvent} to the audit trail. Successes join the transaction that made them (so
 * a sign-in, a token or a user change is recorded exactly when it commits); refusals (failed sign-ins,
 * lockouts, denied access) are committed on their own, because they must stay even when nothing else does.
 */
@Component
class SecurityAuditing {

	static final String USER = "User";

	private final AuditTrail audit;

	SecurityAuditing(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void on(SecurityEvent event) {
		if (event instanceof SecurityEvent.LoginSucceeded e) {
			joined(AuditEvent
				.of(AuditAction.LOGIN, USER, e.username(), AuditOutcome.SUCCESS)
				.withActor(e.username())
				.withChanges(ChangeSummary.builder().change("channel", null, e.channel().name()).build()));
		}
		else if (event instanceof SecurityEvent.LoginFailed e) {
			audit.recordIndependently(AuditEvent
				.of(AuditAction.LOGIN_FAILED, USER, e.username(), AuditOutcome.FAILED)
				.withActor(e.username())
				.withChanges(ChangeSummary.builder()
					.change("channel", null, e.channel().name())
					.change("reason", null, e.reason().name())
					.build()));
		}
		else if (event instanceof SecurityEvent.AccountLocked e) {
			audit.recordIndependently(AuditEvent
				.of(AuditAction.LOCKOUT, USER, e.username(), AuditOutcome.DENIED)
				.withActor(e.username())
				.withChanges(ChangeSummary.builder()
					.change("failedAttempts", null, e.failedAttempts())
					.change("lockedUntil", null, String.valueOf(e.lockedUntil()))
					.build()));
		}
		else if (event instanceof SecurityEvent.TokenIssued e) {
			joined(AuditEvent
				.of(AuditAction.TOKEN_ISSUED, USER, e.username(), AuditOutcome.SUCCESS)
				.withActor(e.username())
				.withChanges(ChangeSummary.builder().change("expiresAt", null, String.valueOf(e.expiresAt())).build()));
		}
		else if (event instanceof SecurityEvent.AccessDenied e) {
			audit.recordIndependently(AuditEvent
				.of(AuditAction.ACCESS_DENIED, "Endpoint", e.method() + " " + truncate(e.path()), AuditOutcome.DENIED)
				.withActor(e.username()));
		}
		else if (event instanceof SecurityEvent.SignedOut e) {
			joined(
					AuditEvent.of(AuditAction.LOGOUT, USER, e.username(), AuditOutcome.SUCCESS).withActor(e.username()));
		}
		else if (event instanceof SecurityEvent.UserChanged e) {
			joined(AuditEvent
				.of("CREATE".equals(e.action()) ? AuditAction.CREATE : AuditAction.UPDATE, USER, e.username(),
						AuditOutcome.SUCCESS)
				.withChanges(ChangeSummary.builder()
					.change("action", null, e.action())
					.change("fields", null, String.join(",", e.changes()))
					.build()));
		}
		else if (event instanceof SecurityEvent.PersonalDataUnmasked e) {
			joined(AuditEvent
				.of(AuditAction.READ_UNMASKED, e.objectType(), e.objectId(), AuditOutcome.SUCCESS)
				.withChanges(ChangeSummary.builder().change("field", null, e.field()).build()));
		}
	}

	/** In the caller's (writable) transaction when there is one, else committed at once. */
	private void joined(AuditEvent event) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			audit.record(event);
		}
		else {
			audit.recordIndependently(event);
		}
	}

	private static String truncate(String path) {
		return path.length() <= 180 ? path : path.substring(0, 180);
	}
}
