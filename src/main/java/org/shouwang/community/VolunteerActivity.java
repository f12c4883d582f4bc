package org.shouwang.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A team's activity: type, date, place, participants and hours (each named participant is credited the hours). */
public record VolunteerActivity(UUID id, String teamCode, String stationCode, ActivityType type, LocalDate heldOn,
		String place, int participants, BigDecimal hours, String summary, List<UUID> volunteerIds) {
}
