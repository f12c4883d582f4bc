package org.shouwang.performance.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.shouwang.performance.Figure;
import org.shouwang.performance.IndicatorFigures;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The annual performance summary (绩效综述): every figure of the year from the indicator registry, written into
 * the Markdown template {@code templates/report/annual.md} (Thymeleaf text mode; an analyst may edit it, or put an
 * edited copy in {@code shouwang.report.template-dir}, which is read first). The caller's data scope applies: a
 * station's users get their station's summary. Nothing is stored: each summary is computed from the records now.
 */
@Service
class AnnualReport {

	/** The template's name, under {@code templates/report/} or the template directory. */
	static final String TEMPLATE = "annual";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final IndicatorFigures figures;

	private final Dashboard dashboard;

	private final Reconciliation reconciliation;

	private final TemplateEngine templates;

	AnnualReport(IndicatorFigures figures, Dashboard dashboard, Reconciliation reconciliation,
			@Value("${shouwang.report.template-dir:}") String templateDir) {
		this.figures = figures;
		this.dashboard = dashboard;
		this.reconciliation = reconciliation;
		this.templates = engine(templateDir);
	}

	/** A generated summary: its Markdown, the figures it used and the codes it could not state. */
	record Document(int year, String stationCode, String stationName, String markdown, List<Figure> figures,
			List<String> missing, Instant generatedAt, String provenance) {

		String title() {
			return (stationName == null ? "卫滨分局" : stationName) + year + "年工作绩效综述";
		}
	}

	/** The summary of a year for the branch (station null) or one station, within the caller's scope. */
	Document build(int year, String stationCode, Consumer<String> progress) {
		checkYear(year);
		String station = FigureService.scope(stationCode);
		progress.accept("figures");
		List<Figure> all = figures.figures(IndicatorPeriod.year(year), station);
		Instant now = Instant.now();
		String provenance = provenance(now);
		String stationName = station == null ? null : dashboard.stationName(station);
		ReportFigures r = new ReportFigures(all, year, station, stationName, provenance);
		progress.accept("text");
		String markdown = render(r);
		return new Document(year, station, stationName, markdown, all, r.getMissing(), now, provenance);
	}

	/** Renders the template over these figures (tests render synthetic figures through it too). */
	String render(ReportFigures r) {
		Context context = new Context();
		context.setVariable("r", r);
		return templates.process(TEMPLATE, context).strip() + "\n";
	}

	private String provenance(Instant now) {
		String generated = "生成于" + WHEN.format(LocalDateTime.ofInstant(now, IndicatorPeriod.ZONE));
		Optional<Reconciliation.Run> run = reconciliation.latest();
		if (run.isEmpty() || run.get().finishedAt() == null) {
			return generated + "，指标尚未经记录复核。";
		}
		String at = WHEN.format(LocalDateTime.ofInstant(run.get().finishedAt(), IndicatorPeriod.ZONE));
		return run.get().clean() ? generated + "，所用指标于" + at + "经记录复核一致。"
				: generated + "，" + at + "的复核发现" + run.get().differences() + "处差异，请先核对。";
	}

	static void checkYear(int year) {
		int now = Year.now(IndicatorPeriod.ZONE).getValue();
		if (year < 2000 || year > now) {
			throw new InvalidInputException("year", "must be between 2000 and " + now);
		}
	}

	private static TemplateEngine engine(String templateDir) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		int order = 1;
		if (templateDir != null && !templateDir.isBlank() && Files.isDirectory(Path.of(templateDir))) {
			FileTemplateResolver files = new FileTemplateResolver();
			configure(files, Path.of(templateDir).toAbsolutePath() + "/", order++);
			files.setCacheable(false);
			files.setCheckExistence(true);
			engine.addTemplateResolver(files);
		}
		ClassLoaderTemplateResolver classpath = new ClassLoaderTemplateResolver();
		configure(classpath, "templates/report/", order);
		engine.addTemplateResolver(classpath);
		return engine;
	}

	private static void configure(AbstractConfigurableTemplateResolver resolver, String prefix, int order) {
		resolver.setPrefix(prefix);
		resolver.setSuffix(".md");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
	}
}
