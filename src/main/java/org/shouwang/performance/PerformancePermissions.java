package org.shouwang.performance;

import java.util.List;

import org.shouwang.platform.PermissionSet;

/**
 * The figures' permission: the branch leadership and statistics read every figure, a station officer their own
 * station's (the data scope cuts them), and the annual summary likewise; running and repairing a reconciliation takes the audit module's
 * {@code audit:verify}.
 */
public final class PerformancePermissions implements PermissionSet {

	public static final String INDICATOR_READ = "indicator:read";

	/** The annual summary (text and PDF): read by the leadership and statistics, and by a station for its station. */
	public static final String REPORT_READ = "report:read";

	@Override
	public List<Grant> grants() {
		return List.of(Grant.read(INDICATOR_READ, OFFICER), Grant.read(REPORT_READ, OFFICER));
	}
}
