package org.shouwang.performance.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.shouwang.platform.NotFoundException;
import org.shouwang.security.DataScope;
import org.shouwang.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Annual summaries built in the background for the report page: a job row shows its step and progress while it
 * runs (any node can answer the page's polling), then holds the finished Markdown, PDF and XLSX for a day, for
 * the users whose data scope covers it. The job runs with the asking user's security context, so the summary is within their scope.
 */
@Component
class ReportJobs {

	private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

	/** Progress shown once each step has begun. */
	private static final Map<String, Integer> STEPS = Map.of("figures", 10, "text", 45, "charts", 60, "pdf", 75, "xlsx",
			90);

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final AnnualReports reports;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "annual-report");
		t.setDaemon(true);
		return t;
	});

	private final TransactionTemplate ownTransaction;

	ReportJobs(JdbcClient jdbc, AnnualReports reports, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/** A job as the page shows it. */
	record Job(UUID id, int year, String stationCode, String status, String step, int progress, String markdown,
			boolean hasPdf, String error, Instant createdAt, Instant finishedAt) {

		public boolean running() {
			return "RUNNING".equals(status);
		}

		public boolean done() {
			return "DONE".equals(status);
		}
	}

	/** Starts a summary for the signed-in user; the year and station are checked before anything is stored. */
	UUID start(int year, String stationCode) {
		AnnualReport.checkYear(year);
		String station = FigureService.scope(stationCode);
		String user = username();
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		jdbc.sql("DELETE FROM report_job WHERE created_at < ?").param(java.sql.Timestamp.from(now.minus(KEPT))).update();
		jdbc.sql("""
				INSERT INTO report_job (id, username, year, station_code, status, step, progress, created_at)
				VALUES (?, ?, ?, ?, 'RUNNING', 'queued', 0, ?)""")
			.params(id, user, year, station, java.sql.Timestamp.from(now))
			.update();
		executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, year, station)));
		return id;
	}

	private void run(UUID id, int year, String station) {
		try {
			// each step is committed at once (its own transaction), so the page's polling sees it while the job runs
			AnnualReports.Output out = reports.all(year, station, step -> ownTransaction.executeWithoutResult(t -> jdbc
				.sql("UPDATE report_job SET step = ?, progress = ? WHERE id = ?")
				.params(step, STEPS.getOrDefault(step, 5), id)
				.update()));
			jdbc.sql("""
					UPDATE report_job SET status = 'DONE', step = 'done', progress = 100, markdown = ?, pdf = ?, xlsx = ?,
					       finished_at = now() WHERE id = ?""")
				.params(out.document().markdown(), out.pdf(), out.xlsx(), id)
				.update();
		}
		catch (RuntimeException ex) {
			log.warn("Annual summary {} failed", id, ex);
			jdbc.sql("UPDATE report_job SET status = 'FAILED', step = 'failed', error = ?, finished_at = now() WHERE id = ?")
				.params(ex.getClass().getSimpleName(), id)
				.update();
		}
	}

	/**
	 * A job within the caller's data scope (a station's job for that station's users and branch-wide users, a
	 * branch-wide job for branch-wide users); an unknown one, or one outside the scope, is not found.
	 */
	Job find(UUID id) {
		Job job = jdbc.sql("""
				SELECT id, year, station_code, status, step, progress, markdown, pdf IS NOT NULL AS has_pdf, error,
				       created_at, finished_at
				FROM report_job WHERE id = ?""")
			.params(id)
			.query((rs, n) -> new Job(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("station_code"),
					rs.getString("status"), rs.getString("step"), rs.getInt("progress"), rs.getString("markdown"),
					rs.getBoolean("has_pdf"), rs.getString("error"), rs.getTimestamp("created_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("finished_at")).map(java.sql.Timestamp::toInstant).orElse(null)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Report"));
		DataScope scope = DataScope.current();
		if (job.stationCode() == null ? !scope.branchWide() : !scope.permits(job.stationCode())) {
			throw new NotFoundException("Report");
		}
		return job;
	}

	/** A finished job's file ({@code pdf} or {@code xlsx}); not found while it runs. */
	byte[] file(UUID id, String kind) {
		String column = switch (kind) {
			case "pdf" -> "pdf";
			case "xlsx" -> "xlsx";
			default -> throw new NotFoundException("Report file");
		};
		find(id);
		return jdbc.sql("SELECT " + column + " FROM report_job WHERE id = ? AND status = 'DONE'")
			.params(id)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new NotFoundException("Report"));
	}

	private static String username() {
		return SignedInUser.current().map(SignedInUser::username).orElseThrow(() -> new NotFoundException("Report"));
	}
}
