package org.shouwang.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA1, 30-second steps, 6 digits,
 * accepting one step either side for clock drift. Secrets are 160-bit, Base32 as authenticator apps expect.
 */
final class Totp {

	static final int DIGITS = 6;

	static final long STEP_SECONDS = 30;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	static long step(Instant time) {
		return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
	}

	/**
	 * The step whose code matches (now, or one step before or after) and that is later than {@code lastUsedStep}
	 * (a code is good once); empty when none does.
	 */
	static OptionalLong verify(String base32Secret, String code, Instant now, Long lastUsedStep) {
		if (code == null) {
			return OptionalLong.empty();
		}
		String digits = code.replace(" ", "").strip();
		if (!digits.matches("[0-9]{6}")) {
			return OptionalLong.empty();
		}
		byte[] key = decodeBase32(base32Secret);
		long current = step(now);
		for (long s = current - 1; s <= current + 1; s++) {
			if (lastUsedStep != null && s <= lastUsedStep) {
				continue;
			}
			String expected = code(key, s, DIGITS, "HmacSHA1");
			if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(s);
			}
		}
		return OptionalLong.empty();
	}

	/** The HOTP value of a counter (RFC 4226 §5.3 dynamic truncation). */
	static String code(byte[] key, long counter, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(algorithm + " is not available", ex);
		}
	}

	/** The provisioning URI that authenticator apps read (Key Uri Format). */
	static String uri(String issuer, String account, String secret) {
		String label = enc(issuer) + ":" + enc(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String base32(byte[] data) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] decodeBase32(String text) {
		String s = text.replace("=", "").replace(" ", "").toUpperCase();
		ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : s.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not Base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) ((buffer >> (bits - 8)) & 0xff));
				bits -= 8;
			}
		}
		return out.array();
	}
}
