package org.shouwang.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database without any user after start-up (no demo district), creates {@code admin} with a random
 * one-time password, printed once to the log; it must be changed at the first sign-in.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Users users;

	private final PasswordPolicy policy;

	AdminBootstrap(Users users, PasswordPolicy policy) {
		this.users = users;
		this.policy = policy;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		String password = oneTimePassword();
		users.createInitialAdmin(password);
		log.warn("""
				No users existed: created the administrator 'admin' with the one-time password  {}
				It is shown only now and must be changed at the first sign-in (/login).""", password);
	}

	String oneTimePassword() {
		SecureRandom random = new SecureRandom();
		String password;
		do {
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < 20; i++) {
				sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			password = sb.toString();
		}
		while (!policy.violations("admin", password, true).isEmpty());
		return password;
	}
}
