package org.shouwang.platform;

/** The request clashes with the object's current state (an illegal transition, a duplicate code): 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
