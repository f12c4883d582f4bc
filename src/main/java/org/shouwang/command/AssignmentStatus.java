package org.shouwang.command;

import java.util.List;

/** The state of one unit's assignment to an incident: DISPATCHED → (EN_ROUTE →) ON_SCENE → CLEARED. */
public enum AssignmentStatus {

	DISPATCHED, EN_ROUTE, ON_SCENE, CLEARED;

	/** The states an assignment moves on from to reach this one. */
	List<AssignmentStatus> predecessors() {
		return switch (this) {
			case DISPATCHED -> List.of();
			case EN_ROUTE -> List.of(DISPATCHED);
			case ON_SCENE -> List.of(DISPATCHED, EN_ROUTE);
			case CLEARED -> List.of(DISPATCHED, EN_ROUTE, ON_SCENE);
		};
	}
}
