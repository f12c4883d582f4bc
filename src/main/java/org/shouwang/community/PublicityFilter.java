package org.shouwang.community;

import java.time.LocalDate;

/** Which publicity activities to list; all optional; {@code from}/{@code to} inclusive. */
public record PublicityFilter(String stationCode, PublicityTheme theme, PublicityFormat format, Audience audience,
		LocalDate from, LocalDate to) {
}
