package org.shouwang.prevention;

import java.time.LocalDate;

/** Closes a project: remediated (only with an evaluation recorded that shows fewer incidents) or not, with a note. */
public record ClosingInput(boolean remediated, LocalDate closedOn, String note) {
}
