package org.shouwang.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	/** RFC 6238 Appendix B, SHA-1 column: the 20-byte ASCII seed "12345678901234567890", 8 digits. */
	@Test
	void matchesTheRfc6238TestVectors() {
		byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
		long[][] vectors = { { 59L, 94287082L }, { 1111111109L, 7081804L }, { 1111111111L, 14050471L },
				{ 1234567890L, 89005924L }, { 2000000000L, 69279037L }, { 20000000000L, 65353130L } };
		for (long[] v : vectors) {
			long step = Totp.step(Instant.ofEpochSecond(v[0]));
			assertThat(Totp.code(key, step, 8, "HmacSHA1")).as("T=%d", v[0]).isEqualTo(String.format("%08d", v[1]));
		}
	}

	@Test
	void verifiesSixDigitCodesWithOneStepOfDriftAndOnlyOnce() {
		String secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
		assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		byte[] key = Totp.decodeBase32(secret);
		Instant now = Instant.ofEpochSecond(1111111111L);
		long step = Totp.step(now);
		String current = Totp.code(key, step, 6, "HmacSHA1");
		assertThat(current).isEqualTo("050471");
		assertThat(Totp.verify(secret, current, now, null)).hasValue(step);
		assertThat(Totp.verify(secret, Totp.code(key, step - 1, 6, "HmacSHA1"), now, null)).hasValue(step - 1);
		assertThat(Totp.verify(secret, Totp.code(key, step + 1, 6, "HmacSHA1"), now, null)).hasValue(step + 1);
		assertThat(Totp.verify(secret, Totp.code(key, step - 2, 6, "HmacSHA1"), now, null)).isEmpty();
		assertThat(Totp.verify(secret, current, now, step)).as("a used code is refused").isEmpty();
		assertThat(Totp.verify(secret, "12345", now, null)).isEmpty();
		assertThat(Totp.verify(secret, null, now, null)).isEmpty();
	}

	@Test
	void newSecretsAre160BitsAndTheUriNamesTheAccount() {
		String secret = Totp.newSecret();
		assertThat(Totp.decodeBase32(secret)).hasSize(20);
		assertThat(Totp.uri("Shouwang", "admin", secret))
			.isEqualTo("otpauth://totp/Shouwang:admin?secret=" + secret + "&issuer=Shouwang&algorithm=SHA1&digits=6&period=30");
	}
}
