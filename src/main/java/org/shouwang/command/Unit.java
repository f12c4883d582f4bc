package org.shouwang.command;

import java.util.List;
import java.util.UUID;

import org.shouwang.organization.Capability;
import org.shouwang.organization.DutyUnitKind;

/**
 * A duty unit on the board: the organisation's unit (call sign, kind, home station, capabilities) with its
 * live status, the incident it serves ({@code null} when none) and its last known position ({@code null}
 * when none was reported).
 */
public record Unit(long id, String callSign, DutyUnitKind kind, UnitStatus status, String stationCode,
		UnitPosition position, List<Capability> capabilities, UUID incidentId) {
}
