package org.shouwang.demo;

import java.util.SplittableRandom;

/**
 * What a step gets: its own random source, seeded from the district's fixed seed and the step's name,
 * so one step's draws never shift another's, and a progress callback.
 */
final class DemoContext {

	static final long SEED = 20250101L;

	private final String step;

	private final ProgressLog progress;

	DemoContext(String step, ProgressLog progress) {
		this.step = step;
		this.progress = progress;
	}

	/** A random source for one purpose within the step; the same purpose always gets the same sequence. */
	SplittableRandom random(String purpose) {
		return new SplittableRandom(SEED ^ (step + "/" + purpose).hashCode() * 0x9E3779B97F4A7C15L);
	}

	void progress(String message, Object... args) {
		progress.log(step, message, args);
	}

	@FunctionalInterface
	interface ProgressLog {

		void log(String step, String message, Object... args);
	}
}
