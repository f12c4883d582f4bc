package org.shouwang.prevention;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.shouwang.prevention.internal.roster.OfficerShift;
import org.shouwang.prevention.internal.roster.Roster;
import org.shouwang.prevention.internal.roster.RosterConstraints;
import org.shouwang.prevention.internal.roster.RosterOfficer;
import org.shouwang.prevention.internal.roster.VehicleShift;

/**
 * Rostering at issue 12's size: 300 officers (two thirds sworn, 7 stations, a few days of leave each) × 14 days × 3
 * shifts over 40 posts with 2 officers each (240 positions a day, 3360 in all), the production constraints, a 60 s
 * limit. Prints the best score over time and when the first roster without a hard-rule violation was found.
 * <p>
 * Usage: {@code java -cp ... org.shouwang.prevention.RosterBenchmark [seconds]}
 */
public final class RosterBenchmark {

	public static void main(String[] args) {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
		LocalDate start = LocalDate.of(2025, 10, 1);
		List<RosterOfficer> officers = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			Set<Long> leave = i % 10 == 0 ? Set.of(start.plusDays(i % 14).toEpochDay()) : Set.of();
			officers.add(new RosterOfficer(i + 1, "%06d".formatted(70000 + i), "警员" + i, "WB0" + (1 + i % 7), i % 3 != 2, leave));
		}
		List<OfficerShift> shifts = new ArrayList<>();
		for (int d = 0; d < 14; d++) {
			LocalDate day = start.plusDays(d);
			for (Shift shift : Shift.values()) {
				long begin = day.toEpochDay() * 1440 + shift.startHour() * 60L;
				for (int p = 0; p < 40; p++) {
					UUID slot = UUID.nameUUIDFromBytes((d + "/" + shift + "/" + p).getBytes());
					for (int position = 0; position < 2; position++) {
						shifts.add(new OfficerShift(slot, position, "岗" + p, "WB0" + (1 + p % 7), day, shift.name(), begin,
								begin + 480, shift == Shift.NIGHT));
					}
				}
			}
		}
		SolverConfig config = new SolverConfig().withSolutionClass(Roster.class)
			.withEntityClasses(OfficerShift.class, VehicleShift.class)
			.withConstraintProviderClass(RosterConstraints.class)
			.withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
		Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();
		long started = System.nanoTime();
		long[] feasibleAt = { -1 };
		solver.addEventListener(event -> {
			HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
			long ms = (System.nanoTime() - started) / 1_000_000;
			if (score.isSolutionInitialized()) {
				if (score.hardScore() == 0 && feasibleAt[0] < 0) {
					feasibleAt[0] = ms;
				}
				System.out.printf("%7d ms  %s%n", ms, score);
			}
		});
		System.out.printf("Roster benchmark: 300 officers, 14 days × 3 shifts × 40 posts × 2 = %d positions, limit %d s, %d cores%n",
				shifts.size(), seconds, Runtime.getRuntime().availableProcessors());
		Roster best = solver.solve(new Roster(officers, List.of(), shifts, List.of()));
		System.out.printf("final %s after %d ms; first roster without a hard-rule violation at %s%n", best.getScore(),
				(System.nanoTime() - started) / 1_000_000, feasibleAt[0] < 0 ? "never" : feasibleAt[0] + " ms");
	}
}
