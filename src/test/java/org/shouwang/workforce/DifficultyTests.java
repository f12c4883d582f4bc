package org.shouwang.workforce;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DifficultyTests {

	final Difficulty open = new Difficulty(UUID.randomUUID(), null, "WB01", "WB01", Kinds.DifficultyCategory.HOUSING, "x",
			LocalDate.of(2025, 5, 1), Difficulty.Status.OPEN, null, null, false, 0);

	@Test
	void resolvesOnceNotBeforeItWasRaisedAndSaysWhatWasDone() {
		assertThatThrownBy(() -> open.resolve(LocalDate.of(2025, 4, 30), "done")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> open.resolve(LocalDate.of(2025, 5, 2), " ")).isInstanceOf(InvalidInputException.class);
		Difficulty resolved = open.resolve(LocalDate.of(2025, 5, 2), " 协调解决 ");
		assertThat(resolved.status()).isEqualTo(Difficulty.Status.RESOLVED);
		assertThat(resolved.resolution()).isEqualTo("协调解决");
		assertThatThrownBy(() -> resolved.resolve(LocalDate.of(2025, 5, 3), "again")).isInstanceOf(ConflictException.class);
	}
}
