package org.shouwang.platform.indicators;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One record behind a figure, as {@code /api/v1/indicators/{code}/records} lists it: {@code {"type", "id",
 * "number", "date"}}, with its station and a short label (no personal data) for the list page, and the path of
 * the page that opens it (null when the record has no page of its own).
 */
public record IndicatorRecord(String type, UUID id, String number, LocalDate date, String stationCode, String label,
		String href) {
}
