package org.shouwang.performance;

import java.util.List;

import org.shouwang.security.MatrixRows;

/** The performance module's rows of the authorisation matrix (see {@link MatrixRows}). */
public final class PerformanceMatrixRows implements MatrixRows {

	/** Replaced by the id of a branch-wide annual-summary job for 2025, started through the API. */
	public static final String REPORT_JOB = "{report-job}";

	@Override
	public java.util.Map<String, Fixture> fixtures() {
		return java.util.Map.of(REPORT_JOB, c -> {
			String id = c.post("/reports/annual/jobs", "{\"year\": 2025}").get("id").asString();
			// the downloads exist once the job is done: wait for it (a few seconds)
			for (int i = 0; i < 240 && !"DONE".equals(c.get("/reports/annual/jobs/" + id).get("status").asString()); i++) {
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
			return id;
		});
	}

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
				api("POST", "/api/v1/reports/annual/jobs", "report:read").body("{\"year\": 2025}"),
				api("GET", "/api/v1/reports/annual/jobs/{id}", "report:read").sample("/api/v1/reports/annual/jobs/" + REPORT_JOB),
				page("GET", "/performance/report/jobs/{id}", "report:read").sample("/performance/report/jobs/" + REPORT_JOB),
				page("GET", "/performance/report/jobs/{id}/annual.pdf", "report:read")
					.sample("/performance/report/jobs/" + REPORT_JOB + "/annual.pdf"),
				page("GET", "/performance/report/jobs/{id}/annual.xlsx", "report:read")
					.sample("/performance/report/jobs/" + REPORT_JOB + "/annual.xlsx"));
	}
}
