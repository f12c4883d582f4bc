package org.shouwang.community;

import java.time.LocalDate;

/** Which visits to list; all optional; {@code from}/{@code to} inclusive. */
public record VisitFilter(String stationCode, String gridCode, Long officerId, VisitPurpose purpose, LocalDate from,
		LocalDate to) {
}
