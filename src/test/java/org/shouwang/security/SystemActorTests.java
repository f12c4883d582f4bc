package org.shouwang.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who acts decides what carries the demo mark: only the demo district's actor, never a job or a person. */
class SystemActorTests {

	@Test
	void onlyTheDemoDistrictsActorMarksWhatItCreatesAsDemo() {
		assertThat(SystemActor.isDemo()).as("no one signed in").isFalse();
		assertThat(SystemActor.call(SystemActor.DEMO, SystemActor::isDemo)).isTrue();
		assertThat(SystemActor.call(SystemActor.SYSTEM, SystemActor::isDemo)).as("a job or listener").isFalse();
		assertThat(SystemActor.call(SystemActor.DEMO, () -> SystemActor.call(SystemActor.SYSTEM, SystemActor::isDemo)))
			.as("the inner actor decides").isFalse();
		assertThat(SystemActor.isDemo()).as("the previous context is restored").isFalse();
	}
}
