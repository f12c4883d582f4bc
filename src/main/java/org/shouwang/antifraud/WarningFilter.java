package org.shouwang.antifraud;

import java.time.LocalDate;

/**
 * Filters of the order list: each null means any. {@code open} true: not closed; {@code overdue} true: a deadline
 * has passed unmet; {@code from}/{@code to}: reception dates (Asia/Shanghai), both inclusive; {@code q}: number
 * or the centre's number.
 */
public record WarningFilter(WarningStatus status, RiskLevel riskLevel, WarningOutcome outcome, String stationCode,
		Boolean open, Boolean overdue, LocalDate from, LocalDate to, String q) {

	public static WarningFilter openQueue() {
		return new WarningFilter(null, null, null, null, true, null, null, null, null);
	}

	public boolean isEmpty() {
		return status == null && riskLevel == null && outcome == null && (stationCode == null || stationCode.isBlank())
				&& open == null && overdue == null && from == null && to == null && (q == null || q.isBlank());
	}
}
