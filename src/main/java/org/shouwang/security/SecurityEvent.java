package org.shouwang.security;

import java.time.Instant;
import java.util.List;

/**
 * What the security module reports for the audit trail, published synchronously as application events in
 * the transaction of the change (listen with {@code @EventListener} to write in the same transaction).
 * None of them carries a password, token or TOTP secret.
 */
public sealed interface SecurityEvent {

	/** The user the event is about (for a failed sign-in: the name that was tried). */
	String username();

	/** How a sign-in came in. */
	enum Channel {
		/** The web form at /login. */
		FORM,
		/** POST /api/v1/auth/token. */
		TOKEN
	}

	/** Why a sign-in failed. */
	enum FailureReason {
		BAD_CREDENTIALS, UNKNOWN_USER, LOCKED, DISABLED, BAD_TOTP, TOTP_REQUIRED, RATE_LIMITED
	}

	/** A user signed in completely (all factors). */
	record LoginSucceeded(String username, String address, Channel channel) implements SecurityEvent {
	}

	/** A sign-in was refused. */
	record LoginFailed(String username, String address, Channel channel, FailureReason reason) implements SecurityEvent {
	}

	/** Too many consecutive failures: the account is locked until the given time. */
	record AccountLocked(String username, String address, int failedAttempts, Instant lockedUntil)
			implements SecurityEvent {
	}

	/** A bearer token was issued (the token itself is never published). */
	record TokenIssued(String username, String address, Instant expiresAt) implements SecurityEvent {
	}

	/** A signed-in user was refused for want of a permission (403). */
	record AccessDenied(String username, String address, String method, String path) implements SecurityEvent {
	}

	/** A user signed out. */
	record SignedOut(String username, String address) implements SecurityEvent {
	}

	/**
	 * A user account was created or changed.
	 *
	 * @param action        CREATE, UPDATE, DISABLE, ENABLE, UNLOCK, RESET_PASSWORD, CHANGE_PASSWORD, ENROL_TOTP
	 * @param changeSummary what changed, human-readable, without secrets
	 * @param changes       the changed fields
	 */
	record UserChanged(String username, String action, String changeSummary, List<String> changes)
			implements SecurityEvent {
	}

	/**
	 * The signed-in user was shown a personal-data field in full.
	 *
	 * @param username   the viewer
	 * @param objectType what the field belongs to (e.g. {@code incident})
	 * @param objectId   the object's id
	 * @param field      the field (e.g. {@code callerPhone})
	 */
	record PersonalDataUnmasked(String username, String objectType, String objectId, String field)
			implements SecurityEvent {
	}
}
