package org.shouwang.inspection;

import java.time.LocalDate;

/** One finding of an inspection: what is wrong and by when it must be rectified. */
public record FindingInput(String description, LocalDate deadline) {
}
