package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.UUID;

/** Assigns a school, kindergarten or hospital its guard: mode, the officer or linked duty, from a day on. */
public record CampusGuardInput(UUID placeId, GuardMode mode, String officer, LocalDate since) {
}
