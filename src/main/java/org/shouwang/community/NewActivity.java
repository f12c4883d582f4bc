package org.shouwang.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An activity to record. {@code participants} may exceed the named {@code volunteerIds} (members of the public,
 * other teams); each named volunteer, a member of the team, is credited {@code hours}.
 */
public record NewActivity(String teamCode, ActivityType type, LocalDate heldOn, String place, Integer participants,
		BigDecimal hours, List<UUID> volunteerIds, String summary) {
}
