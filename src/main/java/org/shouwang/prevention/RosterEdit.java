package org.shouwang.prevention;

import java.util.UUID;

/**
 * A manual edit of a roster position: an officer ({@code officerId}) for officer positions, or a vehicle
 * ({@code vehicleCode}) for vehicle positions ({@code vehicle = true}). Every hard rule is re-checked; an edit that
 * breaks one is refused.
 */
public record RosterEdit(UUID slotId, Integer position, Boolean vehicle, Long officerId, String vehicleCode) {

	/** True for a vehicle position (false when not given). */
	public boolean forVehicle() {
		return Boolean.TRUE.equals(vehicle);
	}
}
