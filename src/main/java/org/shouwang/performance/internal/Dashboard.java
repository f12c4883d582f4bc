package org.shouwang.performance.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouwang.geography.Jurisdiction;
import org.shouwang.geography.Jurisdictions;
import org.shouwang.performance.Figure;
import org.shouwang.performance.internal.IndicatorRegistry.Registered;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the CompStat dashboards show, each as a table that also downloads: the scorecard of a period (branch or one
 * station) with 同比 and significance, the ranking of stations for one indicator, its month-by-month trend against
 * last year, and the CompStat windows (ISO week Monday–Sunday, week to date, 28 days, year to date, each against the
 * same days a year earlier). Integrity figures (reclassifications from → to, back-entries) come with the scorecard.
 */
@Service
class Dashboard {

	private final IndicatorRegistry registry;

	private final FigureService figures;

	private final RollupQueries queries;

	private final Jurisdictions jurisdictions;

	Dashboard(IndicatorRegistry registry, FigureService figures, RollupQueries queries, Jurisdictions jurisdictions) {
		this.registry = registry;
		this.figures = figures;
		this.queries = queries;
		this.jurisdictions = jurisdictions;
	}

	/** A station's code and name. */
	record Station(String code, String name) {
	}

	/** One station's figure, with its rank (1 = largest value). */
	record StationFigure(int rank, Station station, Figure figure) {
	}

	/** One month of a trend: this year's value and last year's. */
	record Month(LocalDate month, BigDecimal value, BigDecimal previousValue) {

		public BigDecimal yoyPercent() {
			return FigureService.yoyPercent(value, previousValue);
		}
	}

	/** A CompStat window: its key (message), period and each counting indicator's figure over it. */
	record Window(String key, IndicatorPeriod period, Map<String, Figure> figures) {
	}

	/** How reclassified incidents moved: first category → current category, with the count. */
	record Move(String from, String to, long count) {
	}

	List<Station> stations() {
		return jurisdictions.list()
			.stream()
			.sorted(Comparator.comparing(Jurisdiction::stationCode))
			.map(j -> new Station(j.stationCode(), j.stationName()))
			.toList();
	}

	String stationName(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return jurisdictions.find(code).map(Jurisdiction::stationName).orElse(code);
	}

	/** The scorecard: every indicator over the period, for the scoped station (null: the branch). */
	@Transactional(readOnly = true)
	List<Figure> scorecard(IndicatorPeriod period, String stationCode) {
		return figures.figuresWithStatistics(period, stationCode);
	}

	/** Every station's figure of one indicator over the period, ranked by value (largest first). */
	@Transactional(readOnly = true)
	List<StationFigure> ranking(String code, IndicatorPeriod period) {
		Registered r = figures.registered(code);
		String scoped = FigureService.scope(null);
		Map<String, IndicatorPeriod> periods = new LinkedHashMap<>();
		periods.put(FigureService.CURRENT, period);
		periods.put(FigureService.PREVIOUS, period.previousYear());
		Map<String, Map<String, Long>> sums = queries.sumsByStation(periods, scoped);
		List<StationFigure> rows = new ArrayList<>();
		for (Station station : stations()) {
			if (scoped != null && !scoped.equals(station.code())) {
				continue;
			}
			Figure f = figures.figure(r, period, station.code(), ofStation(sums.get(FigureService.CURRENT), station.code()),
					ofStation(sums.get(FigureService.PREVIOUS), station.code()), false);
			rows.add(new StationFigure(0, station, f));
		}
		rows.sort(Comparator.comparing((StationFigure s) -> s.figure().value(),
				Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(s -> s.station().code()));
		List<StationFigure> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ranked.add(new StationFigure(i + 1, rows.get(i).station(), rows.get(i).figure()));
		}
		return ranked;
	}

	private static Map<String, Long> ofStation(Map<String, Long> byCodeAndStation, String station) {
		Map<String, Long> values = new HashMap<>();
		byCodeAndStation.forEach((key, value) -> {
			int bar = key.lastIndexOf('|');
			if (key.substring(bar + 1).equals(station)) {
				values.put(key.substring(0, bar), value);
			}
		});
		return values;
	}

	/** Month by month over the year, against the same month a year earlier (counts and ratios). */
	@Transactional(readOnly = true)
	List<Month> trend(String code, int year, String stationCode) {
		Registered r = figures.registered(code);
		String station = FigureService.scope(stationCode);
		IndicatorDefinition d = r.definition();
		if (d.kind() == IndicatorKind.SNAPSHOT) {
			List<Month> months = new ArrayList<>();
			for (int m = 1; m <= 12; m++) {
				LocalDate first = LocalDate.of(year, m, 1);
				IndicatorPeriod p = new IndicatorPeriod(first, first.plusMonths(1));
				months.add(new Month(first, BigDecimal.valueOf(r.source().snapshot(code, p, station)),
						BigDecimal.valueOf(r.source().snapshot(code, p.previousYear(), station))));
			}
			return months;
		}
		List<String> codes = d.kind() == IndicatorKind.RATIO ? List.of(d.numerator(), d.denominator()) : List.of(code);
		Map<LocalDate, Map<String, Long>> current = queries.monthly(codes, LocalDate.of(year, 1, 1),
				LocalDate.of(year + 1, 1, 1), station);
		Map<LocalDate, Map<String, Long>> previous = queries.monthly(codes, LocalDate.of(year - 1, 1, 1),
				LocalDate.of(year, 1, 1), station);
		List<Month> months = new ArrayList<>();
		for (Map.Entry<LocalDate, Map<String, Long>> e : current.entrySet()) {
			Map<String, Long> last = previous.getOrDefault(e.getKey().minusYears(1), Map.of());
			months.add(new Month(e.getKey(), value(d, e.getValue()), value(d, last)));
		}
		return months;
	}

	private static BigDecimal value(IndicatorDefinition d, Map<String, Long> sums) {
		if (d.kind() == IndicatorKind.RATIO) {
			return FigureService.ratio(sums.getOrDefault(d.numerator(), 0L), sums.getOrDefault(d.denominator(), 0L),
					"%".equals(d.unit()));
		}
		return BigDecimal.valueOf(sums.getOrDefault(d.code(), 0L));
	}

	/**
	 * The CompStat windows as of a day: its ISO week (Monday–Sunday), the week to that day, the 28 days to it and the
	 * year to it, each with the same days a year earlier.
	 */
	@Transactional(readOnly = true)
	List<Window> compstat(LocalDate asOf, String stationCode) {
		String station = FigureService.scope(stationCode);
		LocalDate monday = asOf.with(DayOfWeek.MONDAY);
		LocalDate end = asOf.plusDays(1);
		Map<String, IndicatorPeriod> windows = new LinkedHashMap<>();
		windows.put("week", new IndicatorPeriod(monday, monday.plusWeeks(1)));
		windows.put("weekToDate", new IndicatorPeriod(monday, end));
		windows.put("days28", new IndicatorPeriod(end.minusDays(28), end));
		windows.put("yearToDate", new IndicatorPeriod(asOf.withDayOfYear(1), end));
		List<Registered> shown = registry.all().stream().filter(r -> r.definition().kind() != IndicatorKind.SNAPSHOT).toList();
		List<Window> result = new ArrayList<>();
		windows.forEach((key, period) -> {
			Map<String, Figure> byCode = new LinkedHashMap<>();
			figures.evaluate(shown, period, station, false).forEach(f -> byCode.put(f.code(), f));
			result.add(new Window(key, period, byCode));
		});
		return result;
	}

	/** Reclassified incidents of the period by first → current category, largest first. */
	@Transactional(readOnly = true)
	List<Move> reclassifications(IndicatorPeriod period, String stationCode) {
		String station = FigureService.scope(stationCode);
		if (registry.find("RECLASSIFIED_INCIDENTS").isEmpty()) {
			return List.of();
		}
		List<Move> moves = new ArrayList<>();
		queries.breakdown("RECLASSIFIED_INCIDENTS", period, station, false).forEach((category, count) -> {
			int arrow = category.indexOf('→');
			moves.add(arrow < 0 ? new Move(category, category, count)
					: new Move(category.substring(0, arrow), category.substring(arrow + 1), count));
		});
		return moves;
	}

	/** The counting indicators that are not snapshots, for the CompStat table's rows. */
	List<IndicatorDefinition> compstatRows() {
		return registry.all()
			.stream()
			.map(Registered::definition)
			.filter(d -> d.kind() != IndicatorKind.SNAPSHOT)
			.toList();
	}

	List<IndicatorDefinition> definitions() {
		return registry.all().stream().map(Registered::definition).toList();
	}
}
