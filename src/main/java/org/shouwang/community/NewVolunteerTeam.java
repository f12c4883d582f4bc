package org.shouwang.community;

import java.time.LocalDate;

/**
 * A volunteer team to set up: a code, a name, its station (or a grid, whose station it takes), an area, its leader.
 * {@code disbandedOn} only in bulk imports of the past.
 */
public record NewVolunteerTeam(String code, String name, String stationCode, String gridCode, String area,
		String leaderName, LocalDate formedOn, LocalDate disbandedOn) {
}
