package org.shouwang.prevention.internal.roster;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** A plan's roster as a planning problem: the officer and vehicle pools and every position to fill. */
@PlanningSolution
public class Roster {

	@ProblemFactCollectionProperty
	@ValueRangeProvider
	private List<RosterOfficer> officers = new ArrayList<>();

	@ProblemFactCollectionProperty
	@ValueRangeProvider
	private List<RosterVehicle> vehicles = new ArrayList<>();

	@PlanningEntityCollectionProperty
	private List<OfficerShift> officerShifts = new ArrayList<>();

	@PlanningEntityCollectionProperty
	private List<VehicleShift> vehicleShifts = new ArrayList<>();

	@PlanningScore
	private HardSoftLongScore score;

	public Roster() {
	}

	public Roster(List<RosterOfficer> officers, List<RosterVehicle> vehicles, List<OfficerShift> officerShifts,
			List<VehicleShift> vehicleShifts) {
		this.officers = officers;
		this.vehicles = vehicles;
		this.officerShifts = officerShifts;
		this.vehicleShifts = vehicleShifts;
	}

	public List<RosterOfficer> getOfficers() { return officers; }
	public List<RosterVehicle> getVehicles() { return vehicles; }
	public List<OfficerShift> getOfficerShifts() { return officerShifts; }
	public List<VehicleShift> getVehicleShifts() { return vehicleShifts; }
	public HardSoftLongScore getScore() { return score; }
	public void setScore(HardSoftLongScore score) { this.score = score; }
}
