package org.shouwang.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void shipsALargeCommonPasswordList() {
		assertThat(policy.commonCount()).isGreaterThanOrEqualTo(3000);
	}

	@Test
	void acceptsALongUncommonPassphrase() {
		assertThat(policy.violations("hanjintao", "南桥 walks 3 dogs at dawn", true)).isEmpty();
		assertThat(policy.violations("hanjintao", "Demo@Weibin2025", true)).isEmpty();
	}

	@Test
	void refusesShortAndOverlongPasswords() {
		assertThat(policy.violations("u1", "Ab3$efg", true)).containsExactly("password.rule.short");
		assertThat(policy.violations("u1", "x".repeat(8), false)).isEmpty();
		assertThat(policy.violations("u1", "x".repeat(128), false)).isEmpty();
		assertThat(policy.violations("u1", "x".repeat(129), false)).contains("password.rule.long");
	}

	@Test
	void refusesTheUsernameAndPasswordsContainingIt() {
		assertThat(policy.violations("nanqiao", "nanqiao", true)).contains("password.rule.short");
		assertThat(policy.violations("nanqiao", "NanQiao2025!x", true)).contains("password.rule.username");
		assertThat(policy.violations("dispatcher", "dispatcher", true)).contains("password.rule.username");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(policy.violations("u1", "password", true)).contains("password.rule.common");
		assertThat(policy.violations("u1", "PASSWORD1", true)).contains("password.rule.common");
		assertThat(policy.violations("u1", "1qaz2wsx", true)).contains("password.rule.common");
		assertThat(policy.violations("u1", "WoAiNi1314", true)).contains("password.rule.common");
		assertThat(policy.violations("u1", "qq123456", true)).contains("password.rule.common");
		assertThat(policy.violations("u1", "zxcvbnm123", true)).contains("password.rule.common");
		assertThat(policy.isCommon("5201314")).isTrue();
		assertThat(policy.isCommon("a123456")).isTrue();
		assertThat(policy.violations("u1", "password", false)).as("the demo may skip the list").isEmpty();
	}
}
