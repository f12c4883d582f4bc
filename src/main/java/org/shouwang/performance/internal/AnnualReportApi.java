package org.shouwang.performance.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual summary of API.md: {@code /api/v1/reports/annual} (Markdown, Chinese), {@code annual.pdf} and
 * {@code annual.xlsx} (the appendix table), for the branch or, with {@code stationCode}, one station; station users
 * get their own station's only.
 */
@RestController
@RequestMapping("/api/v1/reports")
class AnnualReportApi {

	static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AnnualReports reports;

	private final ReportJobs jobs;

	AnnualReportApi(AnnualReports reports, ReportJobs jobs) {
		this.reports = reports;
		this.jobs = jobs;
	}

	@GetMapping("/annual")
	@PreAuthorize("hasAuthority('report:read')")
	ResponseEntity<String> markdown(@RequestParam int year, @RequestParam(required = false) String stationCode) {
		return ResponseEntity.ok().contentType(MARKDOWN).body(reports.markdown(year, stationCode).markdown());
	}

	@GetMapping("/annual.pdf")
	@PreAuthorize("hasAuthority('report:read')")
	ResponseEntity<byte[]> pdf(@RequestParam int year, @RequestParam(required = false) String stationCode) {
		return file(reports.pdf(year, stationCode), MediaType.APPLICATION_PDF, name(year, stationCode, "pdf"));
	}

	@GetMapping("/annual.xlsx")
	@PreAuthorize("hasAuthority('report:read')")
	ResponseEntity<byte[]> xlsx(@RequestParam int year, @RequestParam(required = false) String stationCode) {
		return file(reports.xlsx(year, stationCode), XLSX, name(year, stationCode, "xlsx"));
	}

	/** A summary to build in the background: {@code {"year": 2025, "stationCode": null}}. */
	record JobRequest(Integer year, String stationCode) {
	}

	/** A background job's state: status RUNNING, DONE or FAILED, its step and progress (0–100). */
	record JobState(java.util.UUID id, int year, String stationCode, String status, String step, int progress) {
	}

	@PostMapping("/annual/jobs")
	@PreAuthorize("hasAuthority('report:read')")
	ResponseEntity<JobState> start(@RequestBody(required = false) JobRequest request) {
		if (request == null || request.year() == null) {
			throw new org.shouwang.platform.InvalidInputException("year", "is required");
		}
		java.util.UUID id = jobs.start(request.year(), request.stationCode());
		return ResponseEntity.accepted().body(state(jobs.find(id)));
	}

	@GetMapping("/annual/jobs/{id}")
	@PreAuthorize("hasAuthority('report:read')")
	JobState job(@PathVariable java.util.UUID id) {
		return state(jobs.find(id));
	}

	private static JobState state(ReportJobs.Job job) {
		return new JobState(job.id(), job.year(), job.stationCode(), job.status(), job.step(), job.progress());
	}

	static String name(int year, String stationCode, String extension) {
		return "shouwang-annual-" + year + (stationCode == null || stationCode.isBlank() ? "" : "-" + stationCode.strip())
				+ "." + extension;
	}

	static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}
