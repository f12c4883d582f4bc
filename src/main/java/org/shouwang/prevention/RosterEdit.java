package org.shouwang.prevention;

import java.util.UUID;

/**
 * A manual edit of a roster position: an officer ({@code officerId}) for officer positions, or a vehicle
 * ({@code vehicleCode}) for vehicle positions ({@code vehicle = true}). Every hard rule is re-checked; an edit that
 * breaks one is refused.
 */
public record RosterEdit(UUID slotId, Integer position, boolean vehicle, Long officerId, String vehicleCode) {
}
