package org.shouwang.antifraud;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order's rules, without Spring. */
class FraudWarningTests {

	static final Instant T0 = Instant.parse("2025-07-14T00:30:00Z");

	static final AntifraudProperties PROPERTIES = new AntifraudProperties(null, null, null);

	static FraudWarning order(RiskLevel risk) {
		return FraudWarning.receive(UUID.randomUUID(), "YJ2025000001", WarningChannel.API, "XX-FZZX", "E-1", "13800000000",
				"平原路 88 号", 35.30, 113.85, "WB01-001", "WB01", risk, FraudType.FAKE_INVESTMENT, "17000000000", null, T0,
				PROPERTIES.of(risk), false);
	}

	@Test
	void deadlinesComeFromTheRiskLevel() {
		FraudWarning high = order(RiskLevel.HIGH);
		assertThat(high.contactDeadline()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
		assertThat(high.visitDeadline()).isEqualTo(T0.plus(Duration.ofHours(2)));
		assertThat(order(RiskLevel.LOW).contactDeadline()).isEqualTo(T0.plus(Duration.ofHours(2)));
		assertThat(high.events()).singleElement().isInstanceOf(FraudWarningReceived.class);
	}

	@Test
	void configuredDeadlinesOverrideTheDefaults() {
		AntifraudProperties custom = new AntifraudProperties(
				java.util.Map.of(RiskLevel.HIGH, new AntifraudProperties.Deadlines(Duration.ofMinutes(5), null)), null, null);
		assertThat(custom.of(RiskLevel.HIGH).contact()).isEqualTo(Duration.ofMinutes(5));
		assertThat(custom.of(RiskLevel.HIGH).visit()).isEqualTo(Duration.ofHours(2));
		assertThat(custom.of(RiskLevel.MEDIUM).contact()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void contactThenVisitThenDissuaded() {
		FraudWarning w = order(RiskLevel.HIGH);
		w.recordContact(ContactMethod.CALL_96110, T0.plus(Duration.ofMinutes(4)));
		assertThat(w.contactedInTime()).isTrue();
		w.recordVisit(EnumSet.allOf(ChecklistItem.class), T0.plus(Duration.ofMinutes(50)));
		w.dissuade(30_000, "劝阻成功", T0.plus(Duration.ofMinutes(70)));
		assertThat(w.status()).isEqualTo(WarningStatus.CLOSED);
		assertThat(w.outcome()).isEqualTo(WarningOutcome.DISSUADED);
		assertThat(w.lossAvoided()).isEqualTo(30_000);
		assertThat(w.events()).hasAtLeastOneElementOfType(FraudWarningDissuaded.class)
			.hasAtLeastOneElementOfType(FraudWarningClosed.class);
		assertThatThrownBy(() -> w.falseAlarm("x", T0.plus(Duration.ofHours(3)))).isInstanceOf(ConflictException.class);
	}

	@Test
	void aLateContactIsNotInTime() {
		FraudWarning w = order(RiskLevel.HIGH);
		w.recordContact(ContactMethod.OFFICER_CALL, T0.plus(Duration.ofMinutes(11)));
		assertThat(w.contactedInTime()).isFalse();
		assertThatThrownBy(() -> w.recordContact(ContactMethod.OFFICER_CALL, T0.plus(Duration.ofMinutes(12))))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void noDissuasionOrFalseAlarmBeforeTheVictimIsReached() {
		FraudWarning w = order(RiskLevel.MEDIUM);
		assertThatThrownBy(() -> w.dissuade(100, null, T0.plusSeconds(60))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> w.falseAlarm("x", T0.plusSeconds(60))).isInstanceOf(ConflictException.class);
		assertThat(w.status()).isEqualTo(WarningStatus.NEW);
	}

	@Test
	void aVisitNeedsTheChecklistAndCountsAsContact() {
		FraudWarning w = order(RiskLevel.HIGH);
		assertThatThrownBy(() -> w.recordVisit(Set.of(), T0.plusSeconds(60))).isInstanceOf(InvalidInputException.class);
		w.recordVisit(EnumSet.of(ChecklistItem.CALL_LOG_CHECKED, ChecklistItem.PROTECTED), T0.plusSeconds(300));
		assertThat(w.contactedAt()).isEqualTo(T0.plusSeconds(300));
		assertThat(w.contactedInTime()).isTrue();
		assertThatThrownBy(() -> w.unreachable("x", T0.plusSeconds(400))).isInstanceOf(ConflictException.class);
	}

	@Test
	void defraudedRegistersTheEventForTheCaseWork() {
		FraudWarning w = order(RiskLevel.HIGH);
		w.recordContact(ContactMethod.CALL_96110, T0.plusSeconds(120));
		w.defrauded(50_000, " 6222020000000000 ", "已转账", T0.plusSeconds(600));
		assertThat(w.events()).filteredOn(FraudVictimDefrauded.class::isInstance).singleElement().satisfies(e -> {
			FraudVictimDefrauded d = (FraudVictimDefrauded) e;
			assertThat(d.lossAmount()).isEqualTo(50_000);
			assertThat(d.urgentStopAccount()).isEqualTo("6222020000000000");
			assertThat(d.stationCode()).isEqualTo("WB01");
			assertThat(d.fraudType()).isEqualTo(FraudType.FAKE_INVESTMENT);
		});
	}

	@Test
	void unreachableAndFalseAlarmNeedANote() {
		FraudWarning w = order(RiskLevel.LOW);
		assertThatThrownBy(() -> w.unreachable(" ", T0.plusSeconds(60))).isInstanceOf(InvalidInputException.class);
		w.unreachable("多次拨打未接通", T0.plusSeconds(60));
		assertThat(w.outcome()).isEqualTo(WarningOutcome.UNREACHABLE);
	}

	@Test
	void stepsBeforeReceptionAreRefused() {
		FraudWarning w = order(RiskLevel.HIGH);
		assertThatThrownBy(() -> w.recordContact(ContactMethod.CALL_96110, T0.minusSeconds(1)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aMissedDeadlineEscalatesOncePerDeadline() {
		FraudWarning w = order(RiskLevel.HIGH);
		assertThat(w.escalate(T0.plus(Duration.ofMinutes(9)))).isFalse();
		assertThat(w.overdue(T0.plus(Duration.ofMinutes(11)))).isTrue();
		assertThat(w.escalate(T0.plus(Duration.ofMinutes(11)))).isTrue();
		assertThat(w.escalationReason()).isEqualTo("CONTACT");
		assertThat(w.escalate(T0.plus(Duration.ofMinutes(12)))).isFalse();
		w.recordContact(ContactMethod.OFFICER_CALL, T0.plus(Duration.ofMinutes(13)));
		assertThat(w.overdue(T0.plus(Duration.ofMinutes(30)))).isFalse();
		assertThat(w.escalate(T0.plus(Duration.ofMinutes(121)))).isTrue();
		assertThat(w.escalationReason()).isEqualTo("VISIT");
		assertThat(w.events()).filteredOn(FraudWarningOverdue.class::isInstance).hasSize(2);
		w.recordVisit(EnumSet.allOf(ChecklistItem.class), T0.plus(Duration.ofMinutes(130)));
		assertThat(w.overdue(T0.plus(Duration.ofMinutes(140)))).isFalse();
	}

	@Test
	void riskLevelsAndTypesReadChineseNames() {
		assertThat(RiskLevel.parse("高")).contains(RiskLevel.HIGH);
		assertThat(RiskLevel.parse("中风险")).contains(RiskLevel.MEDIUM);
		assertThat(RiskLevel.parse("low")).contains(RiskLevel.LOW);
		assertThat(RiskLevel.parse("urgent")).isEmpty();
		assertThat(FraudType.parse("刷单返利")).contains(FraudType.ORDER_BRUSHING);
		assertThat(FraudType.parse("fake_loan")).contains(FraudType.FAKE_LOAN);
	}
}
