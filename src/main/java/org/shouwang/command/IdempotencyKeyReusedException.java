package org.shouwang.command;

/** An Idempotency-Key was sent again with a different request body: answered as 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException() {
		super("This Idempotency-Key was already used with a different request body.");
	}
}
