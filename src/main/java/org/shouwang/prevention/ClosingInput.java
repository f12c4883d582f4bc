package org.shouwang.prevention;

import java.time.LocalDate;

/** Closes a project: remediated (only with an evaluation recorded that shows fewer incidents) or not, with a note. */
public record ClosingInput(Boolean remediated, LocalDate closedOn, String note) {

	/** True when closed as remediated (false when not given). */
	public boolean asRemediated() {
		return Boolean.TRUE.equals(remediated);
	}
}
