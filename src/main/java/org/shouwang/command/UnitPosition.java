package org.shouwang.command;

import java.time.OffsetDateTime;

/** Where a unit was at a time (WGS84 degrees). */
public record UnitPosition(double lat, double lng, OffsetDateTime at) {
}
