package org.shouwang.community;

import java.time.LocalDate;

/** A volunteer joining a team; {@code leftOn} only in bulk imports of the past. */
public record NewVolunteer(String teamCode, String name, String phone, boolean realNameVerified, LocalDate joinedOn,
		LocalDate leftOn) {
}
