package org.shouwang.performance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.performance.Figure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual summary in its three forms — Markdown, PDF with charts, XLSX of the appendix table — each generated
 * from the figures now (never stored as a figure) and audited as a generation (who, which year and station).
 */
@Service
class AnnualReports {

	static final String OBJECT_TYPE = "AnnualReport";

	static final String GENERATE = "REPORT_GENERATED";

	private final AnnualReport report;

	private final ReportCharts charts;

	private final AuditTrail audit;

	AnnualReports(AnnualReport report, ReportCharts charts, AuditTrail audit) {
		this.report = report;
		this.charts = charts;
		this.audit = audit;
	}

	/** What one generation produced. */
	record Output(AnnualReport.Document document, byte[] pdf, byte[] xlsx) {
	}

	@Transactional
	AnnualReport.Document markdown(int year, String stationCode) {
		AnnualReport.Document d = report.build(year, stationCode, step -> { });
		audited(d, "md");
		return d;
	}

	@Transactional
	byte[] pdf(int year, String stationCode) {
		AnnualReport.Document d = report.build(year, stationCode, step -> { });
		byte[] pdf = ReportPdf.render(d, charts.charts(d));
		audited(d, "pdf");
		return pdf;
	}

	@Transactional
	byte[] xlsx(int year, String stationCode) {
		AnnualReport.Document d = report.build(year, stationCode, step -> { });
		audited(d, "xlsx");
		return appendix(d);
	}

	/** All three at once, reporting each step (figures, text, charts, pdf, xlsx) for the page's progress bar. */
	@Transactional
	Output all(int year, String stationCode, Consumer<String> progress) {
		AnnualReport.Document d = report.build(year, stationCode, progress);
		progress.accept("charts");
		List<ReportPdf.Chart> c = charts.charts(d);
		progress.accept("pdf");
		byte[] pdf = ReportPdf.render(d, c);
		progress.accept("xlsx");
		byte[] xlsx = appendix(d);
		audited(d, "md,pdf,xlsx");
		return new Output(d, pdf, xlsx);
	}

	/** The appendix table (every indicator: value, last year, 同比, unit, version) and the missing ones, as XLSX. */
	static byte[] appendix(AnnualReport.Document d) {
		List<List<Object>> rows = new ArrayList<>();
		for (Figure f : d.figures()) {
			rows.add(java.util.Arrays.asList(f.code(), f.name(), f.value(), f.previousValue(), f.yoyPercent(), f.unit(),
					f.version(), f.definition()));
		}
		for (String missing : d.missing()) {
			if (d.figures().stream().noneMatch(f -> f.code().equals(missing) && f.value() != null)) {
				rows.add(java.util.Arrays.asList(missing, "（未登记或无数据）", null, null, null, null, null, null));
			}
		}
		return TableExport.xlsx(new TableExport.Table(d.year() + "年指标一览",
				List.of("代码", "指标", d.year() + "年", (d.year() - 1) + "年", "同比%", "单位", "定义版本", "定义"), rows));
	}

	private void audited(AnnualReport.Document d, String formats) {
		audit.record(GENERATE, OBJECT_TYPE, d.year() + (d.stationCode() == null ? "" : "/" + d.stationCode()),
				AuditOutcome.SUCCESS, ChangeSummary.builder().diff(null, java.util.Map.of("year", d.year(), "station",
						d.stationCode() == null ? "WB" : d.stationCode(), "formats", formats)));
	}
}
