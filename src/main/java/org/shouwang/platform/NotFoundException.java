package org.shouwang.platform;

/** The object does not exist or lies outside the caller's data scope: answered as 404 without detail. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
