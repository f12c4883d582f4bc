package org.shouwang.performance.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.shouwang.performance.Figure;
import org.shouwang.platform.indicators.IndicatorPeriod;

import org.springframework.stereotype.Component;

/**
 * The dashboards' charts for the PDF: the month-by-month trend of emergency-help and criminal incidents against
 * last year, and (for the branch) the ranking of stations by criminal incidents — drawn by JFreeChart from the same
 * {@link Dashboard} queries the dashboard page uses, in the bundled Chinese font.
 */
@Component
class ReportCharts {

	static final List<String> TRENDS = List.of("EMERGENCY_HELP_INCIDENTS", "CRIMINAL_INCIDENTS");

	static final String RANKING = "CRIMINAL_INCIDENTS";

	private final Dashboard dashboard;

	ReportCharts(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	/** The charts of a summary: only of indicators it has. */
	List<ReportPdf.Chart> charts(AnnualReport.Document report) {
		Set<String> codes = report.figures().stream().map(Figure::code).collect(Collectors.toSet());
		List<ReportPdf.Chart> charts = new ArrayList<>();
		for (String code : TRENDS) {
			if (codes.contains(code)) {
				charts.add(trend(report, code));
			}
		}
		if (report.stationCode() == null && codes.contains(RANKING)) {
			charts.add(ranking(report));
		}
		return charts;
	}

	private ReportPdf.Chart trend(AnnualReport.Document report, String code) {
		String name = name(report, code);
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Dashboard.Month m : dashboard.trend(code, report.year(), report.stationCode())) {
			String month = m.month().getMonthValue() + "月";
			data.addValue(m.previousValue(), (report.year() - 1) + "年", month);
			data.addValue(m.value(), report.year() + "年", month);
		}
		JFreeChart chart = ChartFactory.createLineChart(name + "（逐月）", null, null, data, PlotOrientation.VERTICAL, true,
				false, false);
		styled(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getRenderer().setSeriesPaint(0, new Color(0x9AA5B1));
		plot.getRenderer().setSeriesPaint(1, new Color(0x1F4E8C));
		plot.getRenderer().setSeriesStroke(1, new BasicStroke(2.2f));
		return new ReportPdf.Chart("图：" + name + "逐月走势（" + report.year() + "年与上年同月）", chart);
	}

	private ReportPdf.Chart ranking(AnnualReport.Document report) {
		String name = name(report, RANKING);
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Dashboard.StationFigure s : dashboard.ranking(RANKING, IndicatorPeriod.year(report.year()))) {
			if (s.figure().value() != null) {
				data.addValue(s.figure().value(), report.year() + "年", s.station().name());
				data.addValue(s.figure().previousValue(), (report.year() - 1) + "年", s.station().name());
			}
		}
		JFreeChart chart = ChartFactory.createBarChart(name + "（各派出所）", null, null, data, PlotOrientation.HORIZONTAL,
				true, false, false);
		styled(chart);
		chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(0x1F4E8C));
		chart.getCategoryPlot().getRenderer().setSeriesPaint(1, new Color(0x9AA5B1));
		return new ReportPdf.Chart("图：各派出所" + name + "排名（" + report.year() + "年）", chart);
	}

	private static String name(AnnualReport.Document report, String code) {
		return report.figures().stream().filter(f -> f.code().equals(code)).map(Figure::name).findFirst().orElse(code);
	}

	private static void styled(JFreeChart chart) {
		java.awt.Font font = ReportPdf.awtFont();
		StandardChartTheme theme = new StandardChartTheme("shouwang");
		theme.setExtraLargeFont(font.deriveFont(java.awt.Font.PLAIN, 13f));
		theme.setLargeFont(font.deriveFont(java.awt.Font.PLAIN, 11f));
		theme.setRegularFont(font.deriveFont(java.awt.Font.PLAIN, 9f));
		theme.setSmallFont(font.deriveFont(java.awt.Font.PLAIN, 8f));
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setRangeGridlinePaint(new Color(0xDDDDDD));
		theme.apply(chart);
		chart.setAntiAlias(true);
	}
}
