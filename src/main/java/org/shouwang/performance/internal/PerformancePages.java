package org.shouwang.performance.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shouwang.performance.Figure;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.security.DataScope;
import org.shouwang.security.Permissions;
import org.shouwang.security.SignedInUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The CompStat dashboards (绩效看板): scorecard with 同比 and significance, integrity figures, station ranking,
 * monthly trend, CompStat windows, each figure a link to its records, every table as CSV and XLSX; the records page;
 * the reconciliation page (runs on demand and repairs for holders of {@code audit:verify}).
 */
@Controller
class PerformancePages {

	static final int MAX_EXPORT_RECORDS = 50_000;

	private final Dashboard dashboard;

	private final FigureService figures;

	private final Reconciliation reconciliation;

	private final MessageSource messages;

	private final JsonMapper json;

	PerformancePages(Dashboard dashboard, FigureService figures, Reconciliation reconciliation, MessageSource messages,
			JsonMapper json) {
		this.dashboard = dashboard;
		this.figures = figures;
		this.reconciliation = reconciliation;
		this.messages = messages;
		this.json = json;
	}

	/** The dashboard's year: the one asked for, else the last complete year. */
	static int year(String year) {
		if (year == null || year.isBlank()) {
			return LocalDate.now(IndicatorPeriod.ZONE).getYear() - 1;
		}
		try {
			int y = Integer.parseInt(year.strip());
			if (y < 1900 || y > 2199) {
				throw new InvalidInputException("year", "must be between 1900 and 2199");
			}
			return y;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("year", "must be a year such as 2025");
		}
	}

	/** The CompStat day: the one asked for, else today or the year's last day, whichever is earlier. */
	static LocalDate asOf(String asOf, int year) {
		if (asOf == null || asOf.isBlank()) {
			LocalDate today = LocalDate.now(IndicatorPeriod.ZONE);
			LocalDate last = LocalDate.of(year, 12, 31);
			return today.isBefore(last) ? today : last;
		}
		try {
			LocalDate day = LocalDate.parse(asOf.strip());
			if (day.getYear() < 1900 || day.getYear() > 2199) {
				throw new InvalidInputException("asOf", "must lie between 1900 and 2199");
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("asOf", "must be a date such as 2025-12-31");
		}
	}

	private String code(String code) {
		if (code == null || code.isBlank()) {
			return dashboard.definitions().get(0).code();
		}
		return figures.registered(code.strip()).code();
	}

	@GetMapping("/performance")
	@PreAuthorize("hasAuthority('indicator:read')")
	String dashboard(@RequestParam(required = false) String year, @RequestParam(required = false) String stationCode,
			@RequestParam(required = false) String code, @RequestParam(required = false) String asOf, Model model) {
		int y = year(year);
		String station = FigureService.scope(stationCode);
		String selected = code(code);
		LocalDate day = asOf(asOf, y);
		IndicatorPeriod period = IndicatorPeriod.year(y);
		List<Figure> scorecard = dashboard.scorecard(period, station);
		List<Dashboard.Month> trend = dashboard.trend(selected, y, station);
		model.addAttribute("year", y);
		model.addAttribute("stationCode", station);
		model.addAttribute("stationName", dashboard.stationName(station));
		model.addAttribute("branchWide", DataScope.current().branchWide());
		model.addAttribute("stations", dashboard.stations());
		model.addAttribute("code", selected);
		model.addAttribute("selected", figures.registered(selected).definition());
		model.addAttribute("definitions", dashboard.definitions());
		model.addAttribute("asOf", day);
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("moves", dashboard.reclassifications(period, station));
		model.addAttribute("ranking", dashboard.ranking(selected, period));
		model.addAttribute("trend", trend);
		model.addAttribute("trendJson", trendJson(y, trend));
		model.addAttribute("compstat", dashboard.compstat(day, station));
		model.addAttribute("compstatRows", dashboard.compstatRows());
		model.addAttribute("reconciliation", reconciliation.latest().orElse(null));
		model.addAttribute("mayReconcile", mayReconcile());
		model.addAttribute("query", query(Map.of("year", String.valueOf(y), "stationCode", blank(station), "code",
				selected, "asOf", day.toString())));
		return "performance/dashboard";
	}

	private String trendJson(int year, List<Dashboard.Month> trend) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("months", trend.stream().map(m -> m.month().getMonthValue()).toList());
		data.put("current", trend.stream().map(Dashboard.Month::value).toList());
		data.put("previous", trend.stream().map(Dashboard.Month::previousValue).toList());
		data.put("currentLabel", String.valueOf(year));
		data.put("previousLabel", String.valueOf(year - 1));
		return json.writeValueAsString(data);
	}

	@GetMapping("/performance/records")
	@PreAuthorize("hasAuthority('indicator:read')")
	String records(@RequestParam String code, @RequestParam(required = false) String year,
			@RequestParam(required = false) String month, @RequestParam(required = false) String week,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String stationCode, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Model model) {
		IndicatorPeriod period = Periods.parse(year, month, week, from, to);
		String station = FigureService.scope(stationCode);
		IndicatorDefinition definition = figures.registered(code).definition();
		Page<IndicatorRecord> records = figures.records(code, period, station, page, size);
		Figure figure = figures.figure(code, period, station);
		Map<String, String> base = new LinkedHashMap<>();
		base.put("code", definition.code());
		base.put("from", period.from().toString());
		base.put("to", period.to().toString());
		base.put("stationCode", blank(station));
		base.put("size", String.valueOf(size));
		model.addAttribute("definition", definition);
		model.addAttribute("figure", figure);
		model.addAttribute("period", period);
		model.addAttribute("lastDay", period.lastDay());
		model.addAttribute("stationCode", station);
		model.addAttribute("stationName", dashboard.stationName(station));
		model.addAttribute("branchWide", DataScope.current().branchWide());
		model.addAttribute("stations", dashboard.stations());
		model.addAttribute("records", records);
		model.addAttribute("size", size);
		model.addAttribute("query", query(base));
		model.addAttribute("previousLink", "/performance/records?" + query(with(base, "page", page - 1)));
		model.addAttribute("nextLink", "/performance/records?" + query(with(base, "page", page + 1)));
		return "performance/records";
	}

	private static Map<String, String> with(Map<String, String> base, String key, int value) {
		Map<String, String> copy = new LinkedHashMap<>(base);
		copy.put(key, String.valueOf(value));
		return copy;
	}

	/** Every dashboard table as CSV or XLSX. */
	@GetMapping("/performance/export")
	@PreAuthorize("hasAuthority('indicator:read')")
	ResponseEntity<byte[]> export(@RequestParam String table, @RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) String year, @RequestParam(required = false) String stationCode,
			@RequestParam(required = false) String code, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new InvalidInputException("format", "must be csv or xlsx");
		}
		TableExport.Table t = switch (table) {
			case "scorecard" -> scorecardTable(year(year), stationCode);
			case "ranking" -> rankingTable(year(year), code(code));
			case "trend" -> trendTable(year(year), code(code), stationCode);
			case "compstat" -> compstatTable(asOf(asOf, year(year)), stationCode);
			case "records" -> recordsTable(code(code), Periods.parse(from == null && to == null ? year : null, null,
					null, from, to), stationCode);
			default -> throw new InvalidInputException("table", "must be scorecard, ranking, trend, compstat or records");
		};
		byte[] body = format.equals("csv") ? TableExport.csv(t) : TableExport.xlsx(t);
		String filename = "shouwang-" + table + "-" + LocalDate.now(IndicatorPeriod.ZONE) + "." + format;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.contentType(format.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(body);
	}

	private String m(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private String name(Figure f) {
		return zh() ? f.name() : f.nameEn();
	}

	private String name(IndicatorDefinition d) {
		return zh() ? d.nameZh() : d.nameEn();
	}

	private static boolean zh() {
		return LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage());
	}

	private TableExport.Table scorecardTable(int year, String stationCode) {
		String station = FigureService.scope(stationCode);
		List<List<Object>> rows = new ArrayList<>();
		for (Figure f : dashboard.scorecard(IndicatorPeriod.year(year), station)) {
			rows.add(List.of(f.code(), name(f), f.unit(), orBlank(f.value()), orBlank(f.previousValue()),
					orBlank(f.yoyPercent()), f.z() == null ? "" : BigDecimal.valueOf(f.z()).setScale(2, java.math.RoundingMode.HALF_UP),
					f.significant() ? m("performance.significant") : "", f.version()));
		}
		return new TableExport.Table(m("performance.scorecard") + " " + year, List.of(m("performance.col.code"),
				m("performance.col.indicator"), m("performance.col.unit"), String.valueOf(year), String.valueOf(year - 1),
				m("performance.col.yoy"), "z", m("performance.col.significance"), m("performance.col.version")), rows);
	}

	private TableExport.Table rankingTable(int year, String code) {
		List<List<Object>> rows = new ArrayList<>();
		for (Dashboard.StationFigure s : dashboard.ranking(code, IndicatorPeriod.year(year))) {
			rows.add(List.of(s.rank(), s.station().code(), s.station().name(), orBlank(s.figure().value()),
					orBlank(s.figure().previousValue()), orBlank(s.figure().yoyPercent()),
					s.figure().significant() ? m("performance.significant") : ""));
		}
		return new TableExport.Table(m("performance.ranking") + " " + year, List.of(m("performance.col.rank"),
				m("performance.col.stationCode"), m("performance.col.station"), String.valueOf(year),
				String.valueOf(year - 1), m("performance.col.yoy"), m("performance.col.significance")), rows);
	}

	private TableExport.Table trendTable(int year, String code, String stationCode) {
		List<List<Object>> rows = new ArrayList<>();
		for (Dashboard.Month month : dashboard.trend(code, year, stationCode)) {
			rows.add(List.of(month.month().toString().substring(0, 7), orBlank(month.value()),
					orBlank(month.previousValue()), orBlank(FigureService.yoyPercent(month.value(), month.previousValue()))));
		}
		return new TableExport.Table(m("performance.trend") + " " + year, List.of(m("performance.col.month"),
				String.valueOf(year), String.valueOf(year - 1), m("performance.col.yoy")), rows);
	}

	private TableExport.Table compstatTable(LocalDate asOf, String stationCode) {
		List<Dashboard.Window> windows = dashboard.compstat(asOf, stationCode);
		List<String> headers = new ArrayList<>(List.of(m("performance.col.code"), m("performance.col.indicator")));
		for (Dashboard.Window w : windows) {
			String label = m("performance.window." + w.key());
			headers.add(label);
			headers.add(label + " " + m("performance.col.lastYear"));
			headers.add(label + " " + m("performance.col.yoy"));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (IndicatorDefinition d : dashboard.compstatRows()) {
			List<Object> row = new ArrayList<>(List.of(d.code(), name(d)));
			for (Dashboard.Window w : windows) {
				Figure f = w.figures().get(d.code());
				row.add(orBlank(f.value()));
				row.add(orBlank(f.previousValue()));
				row.add(orBlank(f.yoyPercent()));
			}
			rows.add(row);
		}
		return new TableExport.Table("CompStat " + asOf, headers, rows);
	}

	private TableExport.Table recordsTable(String code, IndicatorPeriod period, String stationCode) {
		List<List<Object>> rows = new ArrayList<>();
		int page = 0;
		Page<IndicatorRecord> records;
		do {
			records = figures.records(code, period, stationCode, page++, Page.MAX_SIZE);
			for (IndicatorRecord r : records.items()) {
				rows.add(List.of(r.type(), r.number() == null ? "" : r.number(), r.date().toString(),
						r.stationCode() == null ? "" : r.stationCode(), r.label() == null ? "" : r.label(),
						r.id().toString()));
			}
		}
		while (records.hasNext() && rows.size() < MAX_EXPORT_RECORDS);
		return new TableExport.Table(code, List.of(m("performance.col.type"), m("performance.col.number"),
				m("performance.col.date"), m("performance.col.stationCode"), m("performance.col.label"), "id"), rows);
	}

	private static Object orBlank(Object value) {
		return value == null ? "" : value;
	}

	// ---- reconciliation

	@GetMapping("/performance/reconciliation")
	@PreAuthorize("hasAuthority('indicator:read')")
	String reconciliation(Model model) {
		model.addAttribute("runs", reconciliation.recent(20));
		model.addAttribute("latest", reconciliation.latest().orElse(null));
		model.addAttribute("mayReconcile", mayReconcile());
		return "performance/reconciliation";
	}

	@PostMapping("/performance/reconciliation")
	@PreAuthorize("hasAuthority('audit:verify')")
	String reconcile(RedirectAttributes redirect) {
		Reconciliation.Run run = reconciliation.run("ON_DEMAND");
		redirect.addFlashAttribute("done", run.clean() ? "clean" : "differences");
		return "redirect:/performance/reconciliation";
	}

	@PostMapping("/performance/reconciliation/{id}/repair")
	@PreAuthorize("hasAuthority('audit:verify')")
	String repair(@PathVariable long id, RedirectAttributes redirect) {
		Reconciliation.Run run = reconciliation.repair(id);
		redirect.addFlashAttribute("done", run.clean() ? "repaired" : "differences");
		return "redirect:/performance/reconciliation";
	}

	/** Bad parameters of a page: the error page with 400, not a 500. */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex) {
		ModelAndView page = new ModelAndView("error", Map.of("status", 400));
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	/** An unknown indicator, a station outside the caller's scope, an unknown run: 404. */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView page = new ModelAndView("error", Map.of("status", 404));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	/** A repair of a clean or already repaired run. */
	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		ModelAndView page = new ModelAndView("error", Map.of("status", 409));
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	static boolean mayReconcile() {
		return SignedInUser.current().map(u -> u.holds(Permissions.AUDIT_VERIFY)).orElse(false);
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

	static String query(Map<String, String> params) {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		params.forEach((k, v) -> {
			if (v != null && !v.isEmpty()) {
				b.queryParam(k, v);
			}
		});
		String q = b.encode().build().getQuery();
		return q == null ? "" : q;
	}
}
