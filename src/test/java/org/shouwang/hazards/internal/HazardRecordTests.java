package org.shouwang.hazards.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.hazards.HazardCategory;
import org.shouwang.hazards.HazardEscalated;
import org.shouwang.hazards.HazardRectificationOrdered;
import org.shouwang.hazards.HazardRectified;
import org.shouwang.hazards.HazardSeverity;
import org.shouwang.hazards.HazardSource;
import org.shouwang.hazards.HazardStatus;
import org.shouwang.hazards.HazardVerified;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one hazard lifecycle and its guards, without Spring. */
class HazardRecordTests {

	static final LocalDate FOUND = LocalDate.of(2026, 3, 1);

	static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	static HazardRecord found() {
		return HazardRecord.found(UUID.randomUUID(), "YH-WB01-2026-0001", HazardSource.HOUSEHOLD_VISIT, "visit:1",
				HazardCategory.FIRE, HazardSeverity.HIGH, "人民路1号", null, null, "WB01-001", "WB01", "楼道堆物", FOUND,
				"韩金涛", false);
	}

	@Test
	void foundOrderedRectifiedVerifiedWithTheirEvents() {
		HazardRecord h = found();
		h.orderRectification(FOUND.plusDays(7), "物业公司", NOW);
		h.markRectified(FOUND.plusDays(3), "杂物已清理", FOUND.plusDays(3));
		h.verify("韩金涛", "现场复核", FOUND.plusDays(4));
		assertThat(h.status()).isEqualTo(HazardStatus.VERIFIED);
		assertThat(h.events()).hasExactlyElementsOfTypes(HazardRectificationOrdered.class, HazardRectified.class,
				HazardVerified.class);
		assertThat(h.view(FOUND.plusDays(30)).overdue()).isFalse();
	}

	@Test
	void aHazardCannotBeVerifiedBeforeItIsRectified() {
		HazardRecord h = found();
		assertThatThrownBy(() -> h.verify("x", null, FOUND)).isInstanceOf(ConflictException.class);
		h.orderRectification(FOUND.plusDays(7), "物业公司", NOW);
		assertThatThrownBy(() -> h.verify("x", null, FOUND)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("before it is rectified");
		assertThat(h.status()).isEqualTo(HazardStatus.RECTIFICATION_ORDERED);
		assertThat(h.events()).hasSize(1);
	}

	@Test
	void rectificationNeedsAnOrderFirstAndStepsCannotRepeat() {
		HazardRecord h = found();
		assertThatThrownBy(() -> h.markRectified(FOUND, "done", FOUND)).isInstanceOf(ConflictException.class);
		h.orderRectification(FOUND.plusDays(7), "物业公司", NOW);
		assertThatThrownBy(() -> h.orderRectification(FOUND.plusDays(9), "x", NOW)).isInstanceOf(ConflictException.class);
		assertThat(h.deadline()).isEqualTo(FOUND.plusDays(7));
	}

	@Test
	void badInputIsRefusedAndChangesNothing() {
		HazardRecord h = found();
		assertThatThrownBy(() -> h.orderRectification(FOUND.minusDays(1), "x", NOW)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> h.orderRectification(FOUND.plusDays(1), " ", NOW)).isInstanceOf(InvalidInputException.class);
		assertThat(h.status()).isEqualTo(HazardStatus.FOUND);
		h.orderRectification(FOUND.plusDays(7), "物业公司", NOW);
		assertThatThrownBy(() -> h.markRectified(FOUND, "", FOUND)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> h.markRectified(FOUND.plusDays(5), "x", FOUND.plusDays(2)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(h.status()).isEqualTo(HazardStatus.RECTIFICATION_ORDERED);
	}

	@Test
	void onlyAnOverdueHazardEscalatesAndOnlyOnce() {
		HazardRecord h = found();
		h.orderRectification(FOUND.plusDays(7), "物业公司", NOW);
		assertThat(h.overdueOn(FOUND.plusDays(7))).isFalse();
		assertThatThrownBy(() -> h.escalate(FOUND.plusDays(7), NOW)).isInstanceOf(ConflictException.class);
		assertThat(h.overdueOn(FOUND.plusDays(8))).isTrue();
		h.escalate(FOUND.plusDays(8), NOW);
		assertThat(h.events()).last().isInstanceOf(HazardEscalated.class);
		assertThatThrownBy(() -> h.escalate(FOUND.plusDays(9), NOW)).isInstanceOf(ConflictException.class);
		h.markRectified(FOUND.plusDays(9), "整改完毕", FOUND.plusDays(9));
		assertThat(h.overdueOn(FOUND.plusDays(10))).isFalse();
	}
}
