package org.shouwang.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorStatistic;

/**
 * One indicator's figure over a period and scope, with the same period one year earlier (同比). {@code name} and
 * {@code definition} are Chinese (the API's contract), their English versions beside them.
 *
 * @param value the figure (a count, a sum, or a percentage to one decimal); null for a ratio over nothing
 * @param previousValue the same period one year earlier
 * @param yoyPercent (value − previous) / previous × 100, half-up to one decimal; null when previous is 0
 * @param z the Poisson test statistic 2(√value − √previous) for counts, else null
 * @param significant |z| ≥ 2
 * @param to exclusive end of the period
 * @param stationCode the station the figure is cut to, null for the branch
 */
public record Figure(String code, String name, String nameEn, String unit, BigDecimal value, BigDecimal previousValue,
		BigDecimal yoyPercent, String definition, String definitionEn, int version, LocalDate definedOn,
		IndicatorKind kind, String recordType, Double z, boolean significant, LocalDate from, LocalDate to,
		String stationCode, List<IndicatorStatistic> statistics) {
}
