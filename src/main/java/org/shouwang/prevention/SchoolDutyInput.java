package org.shouwang.prevention;

import java.time.LocalDate;
import java.util.UUID;

/** A 护学岗 duty at a school or kindergarten: the peaks it covers and the officers posted, from a day on. */
public record SchoolDutyInput(UUID placeId, Peaks peaks, Integer officers, LocalDate since) {
}
