package org.shouwang.command;

/** The live status of a duty unit (执勤单元). */
public enum UnitStatus {

	AVAILABLE, DISPATCHED, EN_ROUTE, ON_SCENE, OUT_OF_SERVICE;

	public String messageKey() {
		return "unit.status." + name();
	}
}
