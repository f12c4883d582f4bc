package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A patrol plan with its posts, pool sizes, roster score and the deployed officers and vehicles per day (distinct
 * officers / vehicles rostered that day).
 */
public record PatrolPlanView(UUID id, String number, String name, PlanKind kind, LocalDate startsOn, LocalDate endsOn,
		PlanStatus status, String score, int posts, int slots, int officerPositions, int officersInPool,
		int vehiclesInPool, List<DayDeployment> days, boolean demo) {

	/** Officers and vehicles deployed on one day of the plan. */
	public record DayDeployment(LocalDate day, int officers, int vehicles) {
	}

	public double averageOfficers() {
		return days.stream().mapToInt(DayDeployment::officers).average().orElse(0);
	}

	public double averageVehicles() {
		return days.stream().mapToInt(DayDeployment::vehicles).average().orElse(0);
	}
}
