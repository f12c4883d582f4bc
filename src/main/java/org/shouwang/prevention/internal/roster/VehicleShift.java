package org.shouwang.prevention.internal.roster;

import java.time.LocalDate;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** One vehicle position of a slot: the planning entity whose vehicle the solver chooses. */
@PlanningEntity
public class VehicleShift {

	@PlanningId
	private String id;

	private UUID slotId;

	private int position;

	private String postStation;

	private LocalDate day;

	private long start;

	private long end;

	@PlanningPin
	private boolean pinned;

	@PlanningVariable
	private RosterVehicle vehicle;

	public VehicleShift() {
	}

	public VehicleShift(UUID slotId, int position, String postStation, LocalDate day, long start, long end) {
		this.id = slotId + "#v" + position;
		this.slotId = slotId;
		this.position = position;
		this.postStation = postStation;
		this.day = day;
		this.start = start;
		this.end = end;
	}

	public boolean overlaps(VehicleShift other) {
		return start < other.end && other.start < end;
	}

	public String getId() { return id; }
	public UUID getSlotId() { return slotId; }
	public int getPosition() { return position; }
	public String getPostStation() { return postStation; }
	public LocalDate getDay() { return day; }
	public long getStart() { return start; }
	public long getEnd() { return end; }
	public boolean isPinned() { return pinned; }
	public void setPinned(boolean pinned) { this.pinned = pinned; }
	public RosterVehicle getVehicle() { return vehicle; }
	public void setVehicle(RosterVehicle vehicle) { this.vehicle = vehicle; }
}
