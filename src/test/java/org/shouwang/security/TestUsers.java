package org.shouwang.security;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates ordinary (non-demo) users for tests, with unique names, the initial password already changed. */
public final class TestUsers {

	public static final String PASSWORD = "Test-Passphrase-42!";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private TestUsers() {
	}

	public static String create(Users users, String prefix, String scope, Role... roles) {
		String username = (prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + COUNTER.incrementAndGet())
			.toLowerCase();
		if (username.length() > 32) {
			username = username.substring(username.length() - 32);
		}
		users.create(new NewUser(username, "测试 " + prefix, Set.of(roles), scope, null, "Initial-Passphrase-1"));
		users.changeOwnPassword(username, "Initial-Passphrase-1", PASSWORD, "127.0.0.1", null);
		return username;
	}
}
