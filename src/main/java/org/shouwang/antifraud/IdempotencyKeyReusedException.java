package org.shouwang.antifraud;

/** The same Idempotency-Key came with a different request (answered 422). */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException() {
		super("This Idempotency-Key was used for a different request.");
	}
}
