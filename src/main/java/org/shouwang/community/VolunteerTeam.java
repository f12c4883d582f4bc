package org.shouwang.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A volunteer team (义警队伍) with its active members, activities and hours; the leader's name masked by default. */
public record VolunteerTeam(UUID id, String code, String name, String stationCode, String gridCode, String area,
		String leaderName, LocalDate formedOn, LocalDate disbandedOn, boolean active, long activeMembers,
		long activities, BigDecimal hours) {
}
