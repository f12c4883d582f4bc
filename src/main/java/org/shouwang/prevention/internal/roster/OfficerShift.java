package org.shouwang.prevention.internal.roster;

import java.time.LocalDate;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One officer position of a slot (post × day × shift): the planning entity whose officer the solver chooses. Position
 * 0 of a slot is its lead, who must be a sworn officer. Times are minutes since the epoch in the branch's zone.
 */
@PlanningEntity
public class OfficerShift {

	@PlanningId
	private String id;

	private UUID slotId;

	private int position;

	private String postName;

	private String postStation;

	private LocalDate day;

	private long dayIndex;

	private String shift;

	private long start;

	private long end;

	private boolean night;

	@PlanningPin
	private boolean pinned;

	@PlanningVariable
	private RosterOfficer officer;

	public OfficerShift() {
	}

	public OfficerShift(UUID slotId, int position, String postName, String postStation, LocalDate day, String shift,
			long start, long end, boolean night) {
		this.id = slotId + "#" + position;
		this.slotId = slotId;
		this.position = position;
		this.postName = postName;
		this.postStation = postStation;
		this.day = day;
		this.dayIndex = day.toEpochDay();
		this.shift = shift;
		this.start = start;
		this.end = end;
		this.night = night;
	}

	public boolean isLead() {
		return position == 0;
	}

	/** Minutes of rest between this shift and another (negative when they overlap). */
	public long restTo(OfficerShift other) {
		return Math.max(start, other.start) - Math.min(end, other.end);
	}

	public String getId() { return id; }
	public UUID getSlotId() { return slotId; }
	public int getPosition() { return position; }
	public String getPostName() { return postName; }
	public String getPostStation() { return postStation; }
	public LocalDate getDay() { return day; }
	public long getDayIndex() { return dayIndex; }
	public int getDayNumber() { return (int) dayIndex; }
	public String getShift() { return shift; }
	public long getStart() { return start; }
	public long getEnd() { return end; }
	public boolean isNight() { return night; }
	public boolean isPinned() { return pinned; }
	public void setPinned(boolean pinned) { this.pinned = pinned; }
	public RosterOfficer getOfficer() { return officer; }
	public void setOfficer(RosterOfficer officer) { this.officer = officer; }

	@Override
	public String toString() {
		return postName + " " + day + " " + shift + "#" + position;
	}
}
