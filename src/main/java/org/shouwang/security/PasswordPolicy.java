package org.shouwang.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules (OWASP ASVS 5.0 §6.2): 8 to 128 characters, not the username and not containing it,
 * not one of the common passwords shipped in {@code security/common-passwords.txt} (case-insensitive).
 * No composition rules: length and the blocklist do the work.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** The rules the password breaks, as message keys of the security bundle (empty when it is acceptable). */
	List<String> violations(String username, String password, boolean checkCommonList) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add("password.rule.short");
			return problems;
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			problems.add("password.rule.long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("password.rule.username");
		}
		if (checkCommonList && isCommon(password)) {
			problems.add("password.rule.common");
		}
		return problems;
	}

	boolean isCommon(String password) {
		return common.contains(password.toLowerCase(Locale.ROOT));
	}

	int commonCount() {
		return common.size();
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					words.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The common-password list is missing", ex);
		}
		return Set.copyOf(words);
	}
}
