package org.shouwang.organization;

import java.util.List;

/**
 * A duty unit (执勤单元: 车组, 巡组, 便衣组) with its home station (a 派出所) and the unit that owns and crews it
 * (the station itself or a 大队 / 情指中心).
 */
public record DutyUnit(long id, String callSign, DutyUnitKind kind, String stationCode, String stationName,
		String ownerCode, String ownerName, List<Capability> capabilities, boolean active, boolean demo) {

	public DutyUnit {
		capabilities = List.copyOf(capabilities);
	}
}
