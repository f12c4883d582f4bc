package org.shouwang.cases.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.cases.CaseConcluded;
import org.shouwang.cases.CaseDecided;
import org.shouwang.cases.CaseOpened;
import org.shouwang.cases.CaseRegistered;
import org.shouwang.cases.CaseReopened;
import org.shouwang.cases.CaseSolved;
import org.shouwang.cases.CaseSource;
import org.shouwang.cases.CaseStatus;
import org.shouwang.cases.Offence;
import org.shouwang.cases.Penalty;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case lifecycle's rules, without Spring. */
class CaseTests {

	static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");

	static Case criminal() {
		return Case.open(UUID.randomUUID(), "XS-2025-000001", Offence.THEFT, CaseSource.WALK_IN, "盗窃案", null, "WB01",
				"WB01", null, null, false, T0, false);
	}

	static Case administrative() {
		return Case.open(UUID.randomUUID(), "XZ-2025-000001", Offence.FIGHTING, CaseSource.INCIDENT, "殴打他人案", null,
				"WB02", "WB02", null, null, false, T0, false);
	}

	static Instant at(int hours) {
		return T0.plus(Duration.ofHours(hours));
	}

	@Test
	void criminalCaseGoesFromAcceptedToProsecutionWithADateForEveryStage() {
		Case c = criminal();
		assertThat(c.status).isEqualTo(CaseStatus.ACCEPTED);
		c.register(at(1));
		c.investigate(at(2));
		c.solve(new Case.SolveConditions(true, true, true), at(30), true);
		c.transferForProsecution(at(50));
		assertThat(c.status).isEqualTo(CaseStatus.PROSECUTION);
		assertThat(c.registeredAt).isEqualTo(at(1));
		assertThat(c.investigatingAt).isEqualTo(at(2));
		assertThat(c.solvedAt).isEqualTo(at(30));
		assertThat(c.prosecutedAt).isEqualTo(at(50));
		assertThat(c.factsProven && c.actProven && c.mainSuspectInCustody).isTrue();
		assertThat(c.events()).hasSize(5).first().isInstanceOf(CaseOpened.class);
		assertThat(c.events().get(1)).isInstanceOf(CaseRegistered.class);
		assertThat(c.events().get(3)).isInstanceOfSatisfying(CaseSolved.class, e -> assertThat(e.commandAssisted()).isTrue());
		assertThat(c.steps()).extracting(Case.Step::type)
			.containsExactly("OPENED", "REGISTERED", "INVESTIGATING", "SOLVED", "PROSECUTION");
	}

	@Test
	void aCaseIsSolvedOnlyWithAllThreeConditionsAndARefusalChangesNothing() {
		Case c = criminal();
		c.register(at(1));
		c.investigate(at(2));
		int events = c.events().size();
		for (Case.SolveConditions missing : new Case.SolveConditions[] { new Case.SolveConditions(false, true, true),
				new Case.SolveConditions(true, false, true), new Case.SolveConditions(true, true, false), null }) {
			assertThatThrownBy(() -> c.solve(missing, at(30), false)).isInstanceOf(ConflictException.class)
				.hasMessageContaining("not recorded");
		}
		assertThat(c.status).isEqualTo(CaseStatus.INVESTIGATING);
		assertThat(c.solvedAt).isNull();
		assertThat(c.factsProven || c.actProven || c.mainSuspectInCustody).isFalse();
		assertThat(c.events()).hasSize(events);
	}

	@Test
	void illegalTransitionsAreConflicts() {
		Case c = criminal();
		assertThatThrownBy(() -> c.investigate(at(1))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> c.solve(new Case.SolveConditions(true, true, true), at(1), false))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> c.transferForProsecution(at(1))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> c.decide(Penalty.WARNING, null, null, at(1))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> c.conclude(at(1))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> c.reopen("why", at(1))).isInstanceOf(ConflictException.class);
		c.register(at(1));
		assertThatThrownBy(() -> c.register(at(2))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> c.decline("no", at(2))).isInstanceOf(ConflictException.class);
		assertThat(c.status).isEqualTo(CaseStatus.REGISTERED);
		Case a = administrative();
		assertThatThrownBy(() -> a.register(at(1))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> a.mediate(at(1))).isInstanceOf(ConflictException.class);
		assertThat(a.status).isEqualTo(CaseStatus.ACCEPTED);
	}

	@Test
	void declineAndWithdrawNeedAReason() {
		Case c = criminal();
		assertThatThrownBy(() -> c.decline(" ", at(1))).isInstanceOf(InvalidInputException.class);
		c.decline("没有犯罪事实", at(1));
		assertThat(c.status).isEqualTo(CaseStatus.DECLINED);
		assertThat(c.declineReason).isEqualTo("没有犯罪事实");
		Case d = criminal();
		d.register(at(1));
		assertThatThrownBy(() -> d.withdraw(null, at(2))).isInstanceOf(InvalidInputException.class);
		d.withdraw("不应追究刑事责任", at(2));
		assertThat(d.status).isEqualTo(CaseStatus.WITHDRAWN);
	}

	@Test
	void aStageCannotBeDatedBeforeThePreviousOne() {
		Case c = criminal();
		assertThatThrownBy(() -> c.register(T0.minusSeconds(60))).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void administrativeCaseIsDecidedOrMediatedThenConcluded() {
		Case a = administrative();
		a.investigate(at(1));
		assertThatThrownBy(() -> a.decide(Penalty.FINE, null, null, at(2))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> a.decide(Penalty.DETENTION, null, 21, at(2))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> a.decide(Penalty.WARNING, BigDecimal.TEN, null, at(2))).isInstanceOf(InvalidInputException.class);
		assertThat(a.status).isEqualTo(CaseStatus.INVESTIGATING);
		a.decide(Penalty.FINE, new BigDecimal("500"), null, at(2));
		assertThatThrownBy(() -> a.mediate(at(3))).isInstanceOf(ConflictException.class);
		a.conclude(at(3));
		assertThat(a.status).isEqualTo(CaseStatus.CONCLUDED);
		assertThat(a.events()).hasAtLeastOneElementOfType(CaseDecided.class).hasAtLeastOneElementOfType(CaseConcluded.class);
		Case m = administrative();
		m.investigate(at(1));
		m.mediate(at(2));
		m.conclude(at(3));
		assertThat(m.penalty).isNull();
		assertThat(m.mediatedAt).isEqualTo(at(2));
	}

	@Test
	void reopeningAClosedCaseNeedsAReasonIsCountedAndReturnsToWork() {
		Case c = criminal();
		c.register(at(1));
		c.investigate(at(2));
		c.solve(new Case.SolveConditions(true, true, true), at(3), false);
		c.transferForProsecution(at(4));
		assertThatThrownBy(() -> c.reopen("", at(5))).isInstanceOf(InvalidInputException.class);
		c.reopen("检察院退回补充侦查", at(5));
		assertThat(c.status).isEqualTo(CaseStatus.INVESTIGATING);
		assertThat(c.solvedAt).as("solved again later, on a new date").isNull();
		assertThat(c.reopenCount).isEqualTo(1);
		assertThat(c.reopenedAt).isEqualTo(at(5));
		assertThat(c.events().get(c.events().size() - 1)).isInstanceOfSatisfying(CaseReopened.class,
				e -> assertThat(e.from()).isEqualTo(CaseStatus.PROSECUTION));
		Case d = criminal();
		d.decline("没有犯罪事实", at(1));
		d.reopen("发现新的证据", at(2));
		assertThat(d.status).isEqualTo(CaseStatus.ACCEPTED);
		d.register(at(3));
		assertThat(d.status).isEqualTo(CaseStatus.REGISTERED);
		Case a = administrative();
		a.investigate(at(1));
		a.decide(Penalty.WARNING, null, null, at(2));
		a.conclude(at(3));
		a.reopen("申请复议撤销原决定", at(4));
		assertThat(a.status).isEqualTo(CaseStatus.INVESTIGATING);
		assertThat(a.penalty).isNull();
		assertThat(a.concludedAt).isNull();
	}

	@Test
	void aClosedCaseIsNotReassigned() {
		Case c = criminal();
		c.decline("没有犯罪事实", at(1));
		assertThatThrownBy(() -> c.assign("WB-XZ", null, null, at(2))).isInstanceOf(ConflictException.class);
		assertThat(c.responsibleUnit).isEqualTo("WB01");
	}

	@Test
	void fastTrackDeadlinesAreShorterAndConfigurable() {
		CasesProperties defaults = new CasesProperties(null, null, null, null, null);
		assertThat(defaults.deadline(CaseStatus.ACCEPTED, true)).isLessThan(defaults.deadline(CaseStatus.ACCEPTED, false));
		assertThat(defaults.deadline(CaseStatus.CONCLUDED, false)).isNull();
		CasesProperties custom = new CasesProperties(null,
				java.util.Map.of(CaseStatus.INVESTIGATING, Duration.ofDays(10)), null, null, null);
		assertThat(custom.deadline(CaseStatus.INVESTIGATING, true)).isEqualTo(Duration.ofDays(10));
		assertThat(custom.deadline(CaseStatus.INVESTIGATING, false)).isEqualTo(Duration.ofDays(60));
	}

	@Test
	void scopesOfStationsUnitsAndTheBranch() {
		CasesProperties properties = new CasesProperties(null, null, null, null, null);
		CaseScope station = CaseScope.of(org.shouwang.security.DataScope.of("WB01-NQ"), properties);
		assertThat(station.stationCode()).isEqualTo("WB01");
		assertThat(station.permits("WB01", "WB-XZ", java.util.List.of())).isTrue();
		assertThat(station.permits("WB02", "WB01", java.util.List.of())).isFalse();
		CaseScope unit = CaseScope.of(org.shouwang.security.DataScope.of("WB-XZ"), properties);
		assertThat(unit.unitCode()).isEqualTo("WB-XZ");
		assertThat(unit.permits("WB02", "WB-XZ-BY", java.util.List.of())).isTrue();
		assertThat(unit.permits("WB02", "WB02", java.util.List.of("WB-ZHZX", "WB-XZ"))).isTrue();
		assertThat(unit.permits("WB02", "WB02", java.util.List.of("WB-ZHZX"))).isFalse();
		assertThat(CaseScope.of(org.shouwang.security.DataScope.of("WB-ZHZX"), properties).branchWide()).isTrue();
		assertThat(CaseScope.of(org.shouwang.security.DataScope.branch(), properties).branchWide()).isTrue();
	}
}
