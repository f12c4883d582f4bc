package org.shouwang.performance.internal;

import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.shouwang.platform.NavigationItem;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.security.DataScope;

import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report page {@code /performance/report}: choose a year (and, branch-wide, a station), generate the summary in
 * the background with a progress bar (htmx polls the job), then read it with every figure linked to its records and
 * download the PDF and XLSX.
 */
@Controller
class AnnualReportPages {

	private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.extensions(List.of(TablesExtension.create()))
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	/** A figure's link to the API's records, turned into the records page of the dashboard. */
	private static final Pattern RECORDS = Pattern
		.compile("/api/v1/indicators/([A-Z0-9_]+)/records\\?year=([0-9]{4})(?:&amp;stationCode=(WB[0-9]{2}))?");

	private final ReportJobs jobs;

	private final Dashboard dashboard;

	AnnualReportPages(ReportJobs jobs, Dashboard dashboard) {
		this.jobs = jobs;
		this.dashboard = dashboard;
	}

	@GetMapping("/performance/report")
	@PreAuthorize("hasAuthority('report:read')")
	String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String stationCode,
			Model model) {
		int last = Year.now(IndicatorPeriod.ZONE).getValue() - 1;
		int chosen = year == null ? last : year;
		String station = FigureService.scope(stationCode);
		model.addAttribute("year", chosen);
		model.addAttribute("years", IntStream.rangeClosed(last - 4, last + 1).boxed().sorted((a, b) -> b - a).toList());
		model.addAttribute("stationCode", station);
		model.addAttribute("branchWide", DataScope.current().branchWide());
		model.addAttribute("stations", dashboard.stations());
		return "performance/report";
	}

	@PostMapping("/performance/report/jobs")
	@PreAuthorize("hasAuthority('report:read')")
	String start(@RequestParam(required = false) Integer year, @RequestParam(required = false) String stationCode,
			Model model) {
		UUID id = jobs.start(year == null ? Year.now(IndicatorPeriod.ZONE).getValue() - 1 : year, stationCode);
		return job(id, model);
	}

	@GetMapping("/performance/report/jobs/{id}")
	@PreAuthorize("hasAuthority('report:read')")
	String job(@PathVariable UUID id, Model model) {
		ReportJobs.Job job = jobs.find(id);
		model.addAttribute("job", job);
		if (job.done()) {
			model.addAttribute("html", html(job.markdown()));
		}
		return "performance/report :: job";
	}

	@GetMapping("/performance/report/jobs/{id}/annual.pdf")
	@PreAuthorize("hasAuthority('report:read')")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		ReportJobs.Job job = jobs.find(id);
		return AnnualReportApi.file(jobs.file(id, "pdf"), MediaType.APPLICATION_PDF,
				AnnualReportApi.name(job.year(), job.stationCode(), "pdf"));
	}

	@GetMapping("/performance/report/jobs/{id}/annual.xlsx")
	@PreAuthorize("hasAuthority('report:read')")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
		ReportJobs.Job job = jobs.find(id);
		return AnnualReportApi.file(jobs.file(id, "xlsx"), AnnualReportApi.XLSX,
				AnnualReportApi.name(job.year(), job.stationCode(), "xlsx"));
	}

	/** The summary as HTML (escaped), its figures linked to the dashboard's records page. */
	static String html(String markdown) {
		String html = HTML.render(MARKDOWN.parse(markdown));
		Matcher m = RECORDS.matcher(html);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String target = "/performance/records?code=" + m.group(1) + "&amp;year=" + m.group(2)
					+ (m.group(3) == null ? "" : "&amp;stationCode=" + m.group(3));
			m.appendReplacement(out, Matcher.quoteReplacement(target));
		}
		m.appendTail(out);
		return out.toString();
	}

	@Bean
	NavigationItem annualReportNavigationItem() {
		return new NavigationItem("nav.report", "/performance/report", 91, "report:read");
	}
}
