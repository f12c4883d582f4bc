package org.shouwang.command.board;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.shouwang.command.UnitStatus;
import org.shouwang.organization.DutyUnitKind;

/** A duty unit on the board with its status and last known position (lat/lng null when none). */
public record BoardUnit(long id, String callSign, DutyUnitKind kind, UnitStatus status, String stationCode,
		Double lat, Double lng, OffsetDateTime positionAt, UUID incidentId) {
}
