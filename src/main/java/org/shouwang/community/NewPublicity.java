package org.shouwang.community;

import java.time.LocalDate;

/**
 * A publicity activity to record: its station (or a grid, whose station it takes), theme, format, audience, day, place
 * and figures (attendance, leaflets handed out, anti-fraud app registrations guided; each 0 when absent).
 */
public record NewPublicity(String stationCode, String gridCode, PublicityTheme theme, PublicityFormat format,
		Audience audience, LocalDate heldOn, String place, Integer attendance, Integer leaflets,
		Integer appRegistrations, String summary) {
}
