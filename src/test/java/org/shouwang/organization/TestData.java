package org.shouwang.organization;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Unique codes, badge numbers and call signs, so that tests never touch the demo district's records. */
final class TestData {

	private TestData() {
	}

	static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	/** Six digits from a range the demo district does not use (its badges start with 07). */
	static String badge() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(200000, 700000));
	}
}
