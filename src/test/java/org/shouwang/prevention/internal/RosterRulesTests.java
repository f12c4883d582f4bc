package org.shouwang.prevention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shouwang.prevention.Shift;
import org.shouwang.prevention.internal.roster.OfficerShift;
import org.shouwang.prevention.internal.roster.Roster;
import org.shouwang.prevention.internal.roster.RosterConstraints;
import org.shouwang.prevention.internal.roster.RosterOfficer;
import org.shouwang.prevention.internal.roster.RosterSolver;
import org.shouwang.prevention.internal.roster.RosterVehicle;
import org.shouwang.prevention.internal.roster.VehicleShift;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster's hard rules, each broken once on purpose, and a small solve that ends without a broken rule. */
class RosterRulesTests {

	static final RosterSolver SOLVER = new RosterSolver();

	static final LocalDate D = LocalDate.of(2025, 10, 1);

	@AfterAll
	static void close() {
		SOLVER.destroy();
	}

	static OfficerShift shift(LocalDate day, Shift shift, int position) {
		long start = Shifts.start(day, shift);
		return new OfficerShift(UUID.randomUUID(), position, "岗", "WB01", day, shift.name(), start, start + 480,
				shift == Shift.NIGHT);
	}

	static RosterOfficer officer(long id, boolean sworn, LocalDate... leave) {
		Set<Long> days = new java.util.HashSet<>();
		for (LocalDate d : leave) {
			days.add(d.toEpochDay());
		}
		return new RosterOfficer(id, "00000" + id, "警员" + id, "WB01", sworn, days);
	}

	static Roster roster(List<RosterOfficer> officers, List<OfficerShift> shifts) {
		return new Roster(officers, List.of(), shifts, List.of());
	}

	@Test
	void restOfTenHoursBetweenShifts() {
		RosterOfficer a = officer(1, true);
		OfficerShift evening = shift(D, Shift.EVENING, 0);
		OfficerShift nextDay = shift(D.plusDays(1), Shift.DAY, 0);
		evening.setOfficer(a);
		nextDay.setOfficer(a);
		Roster r = roster(List.of(a), List.of(evening, nextDay));
		assertThat(SOLVER.score(r).hardScore()).isEqualTo(-1);
		assertThat(SOLVER.brokenRules(r)).containsExactly(RosterConstraints.REST + " ×1");
		OfficerShift dayAfter = shift(D.plusDays(1), Shift.EVENING, 0);
		dayAfter.setOfficer(a);
		assertThat(SOLVER.score(roster(List.of(a), List.of(evening, dayAfter))).hardScore()).isZero();
	}

	@Test
	void atMostSixConsecutiveDays() {
		RosterOfficer a = officer(1, true);
		List<OfficerShift> shifts = new ArrayList<>();
		for (int d = 0; d < 8; d++) {
			OfficerShift s = shift(D.plusDays(d), Shift.DAY, 0);
			s.setOfficer(a);
			shifts.add(s);
		}
		Roster r = roster(List.of(a), shifts);
		assertThat(SOLVER.score(r).hardScore()).isEqualTo(-2);
		assertThat(SOLVER.brokenRules(r)).containsExactly(RosterConstraints.CONSECUTIVE + " ×1");
		shifts.remove(6);
		assertThat(SOLVER.score(roster(List.of(a), shifts)).hardScore()).isZero();
	}

	@Test
	void leaveAndSwornLeadAndVehicles() {
		RosterOfficer onLeave = officer(1, true, D);
		RosterOfficer auxiliary = officer(2, false);
		OfficerShift lead = shift(D, Shift.DAY, 0);
		lead.setOfficer(onLeave);
		OfficerShift lead2 = shift(D, Shift.EVENING, 0);
		lead2.setOfficer(auxiliary);
		OfficerShift second = shift(D.plusDays(1), Shift.EVENING, 1);
		second.setOfficer(auxiliary);
		RosterVehicle car = new RosterVehicle("豫G0001警", "WB01");
		VehicleShift v1 = new VehicleShift(UUID.randomUUID(), 0, "WB01", D, 0, 480);
		VehicleShift v2 = new VehicleShift(UUID.randomUUID(), 0, "WB01", D, 240, 720);
		v1.setVehicle(car);
		v2.setVehicle(car);
		Roster r = new Roster(List.of(onLeave, auxiliary), List.of(car), List.of(lead, lead2, second), List.of(v1, v2));
		assertThat(SOLVER.brokenRules(r)).containsExactlyInAnyOrder(RosterConstraints.LEAVE + " ×1",
				RosterConstraints.SWORN_LEAD + " ×1", RosterConstraints.VEHICLE_OVERLAP + " ×1");
	}

	@Test
	void aSmallPlanIsSolvedWithoutABrokenRule() {
		List<RosterOfficer> officers = new ArrayList<>();
		for (int i = 1; i <= 14; i++) {
			officers.add(officer(i, i % 2 == 1, i == 3 ? D.plusDays(1) : D.plusDays(30)));
		}
		List<OfficerShift> shifts = new ArrayList<>();
		for (int d = 0; d < 7; d++) {
			for (Shift s : Shift.values()) {
				shifts.add(shift(D.plusDays(d), s, 0));
				shifts.add(shift(D.plusDays(d), s, 1));
			}
		}
		Roster problem = new Roster(officers, List.of(), shifts, List.of());
		SolverConfig config = new SolverConfig().withSolutionClass(Roster.class)
			.withEntityClasses(OfficerShift.class, VehicleShift.class)
			.withConstraintProviderClass(RosterConstraints.class)
			.withTerminationConfig(new TerminationConfig().withBestScoreFeasible(true).withSpentLimit(java.time.Duration.ofSeconds(20)));
		Roster best = SolverFactory.<Roster>create(config).buildSolver().solve(problem);
		HardSoftLongScore score = SOLVER.score(best);
		assertThat(RosterSolver.feasible(best, score)).as(score.toString()).isTrue();
	}
}
