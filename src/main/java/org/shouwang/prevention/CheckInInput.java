package org.shouwang.prevention;

import java.time.Instant;

/** A patrol check-in at a key place or a 护学岗 duty: officer, time (now when null), findings and (duty) peak. */
public record CheckInInput(String officer, Instant at, String findings, Peaks peak) {
}
