package org.shouwang.audit;

/**
 * Field-level masking of personal data, for the audit trail's change summaries and for every screen or
 * API answer that shows a value masked: phone {@code 138****0000}, ID number {@code 410702********1234},
 * name {@code 张*} / {@code 张*丰}. Masking never reveals more than the fixed prefix and suffix, and a value
 * too short for its rule is masked completely.
 */
public final class Masking {

	private static final char STAR = '*';

	private Masking() {
	}

	/**
	 * A phone number with the first 3 and last 4 digits kept ({@code 13800000000 → 138****0000});
	 * separators and a {@code +86} prefix are dropped first. Numbers under 8 digits keep only the last 2.
	 */
	public static String phone(String value) {
		if (value == null) {
			return null;
		}
		String digits = value.replaceAll("[\\s()\\-]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		if (digits.isEmpty()) {
			return "";
		}
		return digits.length() >= 8 ? keep(digits, 3, 4) : keep(digits, 0, Math.min(2, digits.length() - 1));
	}

	/**
	 * A resident ID number with the first 6 (region) and last 4 characters kept
	 * ({@code 410702199001011234 → 410702********1234}); shorter values keep only the last 2.
	 */
	public static String idNumber(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.isEmpty()) {
			return "";
		}
		return trimmed.length() >= 14 ? keep(trimmed, 6, 4) : keep(trimmed, 0, Math.min(2, trimmed.length() - 1));
	}

	/** A person's name: the first character kept, and the last one too from three characters on. */
	public static String name(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		int length = trimmed.codePointCount(0, trimmed.length());
		if (length == 0) {
			return "";
		}
		if (length == 1) {
			return String.valueOf(STAR);
		}
		return length == 2 ? keep(trimmed, 1, 0) : keep(trimmed, 1, 1);
	}

	/** Any value with {@code head} leading and {@code tail} trailing characters kept and the rest starred. */
	public static String keep(String value, int head, int tail) {
		if (value == null) {
			return null;
		}
		int[] points = value.codePoints().toArray();
		if (head < 0 || tail < 0 || head + tail >= points.length) {
			head = 0;
			tail = 0;
		}
		StringBuilder out = new StringBuilder(points.length);
		for (int i = 0; i < points.length; i++) {
			if (i < head || i >= points.length - tail) {
				out.appendCodePoint(points[i]);
			}
			else {
				out.append(STAR);
			}
		}
		return out.toString();
	}

	/** The whole value replaced by a fixed marker (for secrets: nothing of them is kept). */
	public static String redact(Object value) {
		return value == null ? null : "[redacted]";
	}
}
