package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.List;

/**
 * A special-period patrol plan: its period, the posts with the officers and vehicles each needs per shift (every day
 * of the period), the officer pool (organisation officer ids), their leave, and the vehicle pool.
 */
public record PatrolPlanInput(String name, PlanKind kind, LocalDate startsOn, LocalDate endsOn, List<Post> posts,
		List<Long> officerIds, List<Leave> leave, List<Vehicle> vehicles) {

	public PatrolPlanInput {
		posts = posts == null ? List.of() : List.copyOf(posts);
		officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
		leave = leave == null ? List.of() : List.copyOf(leave);
		vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
	}

	/** A post and its needs per shift (0: no slot in that shift). */
	public record Post(String name, PostKind kind, Double lat, Double lng, int dayOfficers, int eveningOfficers,
			int nightOfficers, int dayVehicles, int eveningVehicles, int nightVehicles) {
	}

	/** An officer's days of leave within the period. */
	public record Leave(Long officerId, List<LocalDate> days) {
	}

	/** A vehicle of the pool (plate or call sign) and its station. */
	public record Vehicle(String code, String stationCode) {
	}
}
