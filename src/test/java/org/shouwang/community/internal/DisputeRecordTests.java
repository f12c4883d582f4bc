package org.shouwang.community.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.community.DisputeClosed;
import org.shouwang.community.DisputeKind;
import org.shouwang.community.DisputeResult;
import org.shouwang.community.DisputeStatus;
import org.shouwang.community.DisputeTier;
import org.shouwang.community.MediationSession;
import org.shouwang.community.Party;
import org.shouwang.community.Satisfaction;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dispute loop and its guards, without Spring. */
class DisputeRecordTests {

	static final LocalDate DAY = LocalDate.of(2026, 5, 4);

	static DisputeRecord received(DisputeTier tier) {
		return DisputeRecord.received(UUID.randomUUID(), "JF-WB01-2026-0001", "WB01", "WB01-001", DisputeKind.NEIGHBOUR,
				tier, "噪音", DAY, null, List.of(new Party("张三", "13800000000")));
	}

	@Test
	void theFiveStepsInOrder() {
		DisputeRecord d = received(DisputeTier.SIMPLE);
		assertThat(d.view(DAY, d.parties()).deadline()).isEqualTo(DAY.plusDays(3));
		d.assign("社区民警韩金涛", DAY);
		d.mediate(new MediationSession(DAY.plusDays(1), "韩金涛", "双方达成一致"));
		d.close(DisputeResult.MEDIATED, null, "调解成功", DAY.plusDays(1));
		d.followUp(DAY.plusDays(5), Satisfaction.SATISFIED, null);
		assertThat(d.status()).isEqualTo(DisputeStatus.CLOSED);
		assertThat(d.events()).singleElement().isInstanceOf(DisputeClosed.class);
	}

	@Test
	void aDisputeCannotCloseWithoutAResult() {
		DisputeRecord d = received(DisputeTier.COMPLEX);
		d.assign("人民调解委员会", DAY);
		d.mediate(new MediationSession(DAY, "调解员", null));
		assertThatThrownBy(() -> d.close(null, null, null, DAY)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("without a result");
		assertThat(d.status()).isEqualTo(DisputeStatus.MEDIATING);
		assertThat(d.events()).isEmpty();
	}

	@Test
	void stepsOutOfOrderAreConflicts() {
		DisputeRecord d = received(DisputeTier.SIMPLE);
		assertThatThrownBy(() -> d.mediate(new MediationSession(DAY, "x", null))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> d.close(DisputeResult.FAILED, null, null, DAY)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> d.followUp(DAY, Satisfaction.SATISFIED, null)).isInstanceOf(ConflictException.class);
		d.assign("x", DAY);
		assertThatThrownBy(() -> d.assign("y", DAY)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> d.close(DisputeResult.MEDIATED, null, null, DAY)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("no mediation session");
		assertThatThrownBy(() -> d.close(DisputeResult.REFERRED, " ", null, DAY)).isInstanceOf(InvalidInputException.class);
		d.close(DisputeResult.REFERRED, "卫滨区人民法院", null, DAY);
		assertThatThrownBy(() -> d.close(DisputeResult.FAILED, null, null, DAY)).isInstanceOf(ConflictException.class);
	}

	@Test
	void overdueWhenOpenPastTheTiersDeadline() {
		DisputeRecord d = received(DisputeTier.DIFFICULT);
		assertThat(d.overdueOn(DAY.plusDays(30))).isFalse();
		assertThat(d.overdueOn(DAY.plusDays(31))).isTrue();
		d.assign("x", DAY);
		d.close(DisputeResult.FAILED, null, null, DAY.plusDays(31));
		assertThat(d.overdueOn(DAY.plusDays(40))).isFalse();
	}
}
