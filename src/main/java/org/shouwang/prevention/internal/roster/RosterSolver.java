package org.shouwang.prevention.internal.roster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Timefold Solver core, built by hand (its Spring Boot starter does not work on Boot 4): one solver factory for
 * rosters, a {@link SolverManager} that solves one plan at a time in the background, and a {@link SolutionManager}
 * that scores and explains a roster (after a manual edit, an import).
 */
@Component
public class RosterSolver implements DisposableBean {

	/** Default time limit of a solve when none is given. */
	public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

	private final SolverFactory<Roster> factory;

	private final SolverManager<Roster, UUID> manager;

	private final SolutionManager<Roster, HardSoftLongScore> solutions;

	public RosterSolver() {
		SolverConfig config = new SolverConfig().withSolutionClass(Roster.class)
			.withEntityClasses(OfficerShift.class, VehicleShift.class)
			.withConstraintProviderClass(RosterConstraints.class)
			.withTerminationConfig(new TerminationConfig().withSpentLimit(DEFAULT_LIMIT));
		this.factory = SolverFactory.create(config);
		this.manager = SolverManager.create(factory, new SolverManagerConfig().withParallelSolverCount("1"));
		this.solutions = SolutionManager.create(factory);
	}

	public SolverManager<Roster, UUID> manager() {
		return manager;
	}

	/** Scores the roster in place. */
	public HardSoftLongScore score(Roster roster) {
		return solutions.update(roster);
	}

	/** The hard rules the roster breaks, each with how often (empty for a feasible roster). */
	public List<String> brokenRules(Roster roster) {
		ScoreAnalysis<HardSoftLongScore> analysis = solutions.analyze(roster, ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT);
		List<String> broken = new ArrayList<>();
		for (ConstraintAnalysis<HardSoftLongScore> c : analysis.constraintAnalyses()) {
			if (c.score().hardScore() < 0) {
				broken.add(c.constraintName() + " ×" + c.matchCount());
			}
		}
		broken.sort(null);
		return broken;
	}

	/** A complete roster (every position filled) without a broken hard rule. */
	public static boolean feasible(Roster roster, HardSoftLongScore score) {
		return score.hardScore() == 0 && roster.getOfficerShifts().stream().allMatch(s -> s.getOfficer() != null)
				&& roster.getVehicleShifts().stream().allMatch(s -> s.getVehicle() != null);
	}

	@Override
	public void destroy() {
		manager.close();
	}
}
