package org.shouwang.prevention;

import java.time.LocalDate;

/**
 * The closing evaluation's periods: before and after, of equal length (inclusive days), the after period starting
 * no earlier than the project.
 */
public record EvaluationInput(LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo) {
}
