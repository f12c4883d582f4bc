package org.shouwang.performance;

import java.util.List;

import org.shouwang.security.MatrixRows;

/** The performance module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class PerformanceMatrixRows implements MatrixRows {

	@Override
	public List<Entry> rows() {
		return List.of(
				// performance: indicators (绩效), figures down to their records
				api("GET", "/api/v1/indicators", "indicator:read").sample("/api/v1/indicators?year=2025"),
				api("GET", "/api/v1/indicators/{code}", "indicator:read")
					.sample("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS?year=2025"),
				api("GET", "/api/v1/indicators/{code}/records", "indicator:read")
					.sample("/api/v1/indicators/EMERGENCY_HELP_INCIDENTS/records?year=2025"),
				api("GET", "/api/v1/indicators/reconciliation", "indicator:read"),
				api("POST", "/api/v1/indicators/reconciliation", "audit:verify"),
				api("POST", "/api/v1/indicators/reconciliation/{id}/repair", "audit:verify")
					.sample("/api/v1/indicators/reconciliation/999999999/repair"),
				page("GET", "/performance", "indicator:read").sample("/performance?year=2025"),
				page("GET", "/performance/records", "indicator:read")
					.sample("/performance/records?code=EMERGENCY_HELP_INCIDENTS&year=2025"),
				page("GET", "/performance/export", "indicator:read")
					.sample("/performance/export?table=scorecard&format=xlsx&year=2025"),
				page("GET", "/performance/reconciliation", "indicator:read"),
				page("POST", "/performance/reconciliation", "audit:verify"),
				page("POST", "/performance/reconciliation/{id}/repair", "audit:verify")
					.sample("/performance/reconciliation/999999999/repair"),
				// performance: the annual summary (绩效综述)
				api("GET", "/api/v1/reports/annual", "report:read").sample("/api/v1/reports/annual?year=2025"),
				api("GET", "/api/v1/reports/annual.pdf", "report:read").sample("/api/v1/reports/annual.pdf?year=2025"),
				api("GET", "/api/v1/reports/annual.xlsx", "report:read").sample("/api/v1/reports/annual.xlsx?year=2025"),
				page("GET", "/performance/report", "report:read"),
				page("POST", "/performance/report/jobs", "report:read"),
				page("GET", "/performance/report/jobs/{id}", "report:read")
					.sample("/performance/report/jobs/00000000-0000-0000-0000-000000000000"),
				page("GET", "/performance/report/jobs/{id}/annual.pdf", "report:read")
					.sample("/performance/report/jobs/00000000-0000-0000-0000-000000000000/annual.pdf"),
				page("GET", "/performance/report/jobs/{id}/annual.xlsx", "report:read")
					.sample("/performance/report/jobs/00000000-0000-0000-0000-000000000000/annual.xlsx"));
	}
}
