package org.shouwang.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A volunteer (义警): minimum personal data (name and phone, masked by default), real-name registration, hours. */
public record Volunteer(UUID id, String teamCode, String stationCode, String name, String phone,
		boolean realNameVerified, LocalDate joinedOn, LocalDate leftOn, boolean active, long activities,
		BigDecimal hours) {
}
