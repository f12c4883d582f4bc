package org.shouwang.performance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouwang.performance.Figure;
import org.shouwang.performance.IndicatorFigures;
import org.shouwang.performance.internal.IndicatorRegistry.Registered;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorStatistic;
import org.shouwang.security.DataScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates figures: COUNT and SUM from the rollups (one statement for the whole set and its previous year), RATIO
 * from its numerator and denominator, SNAPSHOT from its source; 同比 half-up to one decimal (null when last year is
 * 0) and the Poisson z = 2(√current − √previous) for counts. The caller's data scope is applied here.
 */
@Service
class FigureService implements IndicatorFigures {

	static final String CURRENT = "current";

	static final String PREVIOUS = "previous";

	private final IndicatorRegistry registry;

	private final RollupQueries queries;

	FigureService(IndicatorRegistry registry, RollupQueries queries) {
		this.registry = registry;
		this.queries = queries;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figure> figures(IndicatorPeriod period, String stationCode) {
		String station = scope(stationCode);
		return evaluate(registry.all(), period, station, false);
	}

	/** As {@link #figures} with the statistics beside the figures (medians: computed from the records, slower). */
	@Transactional(readOnly = true)
	public List<Figure> figuresWithStatistics(IndicatorPeriod period, String stationCode) {
		String station = scope(stationCode);
		return evaluate(registry.all(), period, station, true);
	}

	@Override
	@Transactional(readOnly = true)
	public Figure figure(String code, IndicatorPeriod period, String stationCode) {
		Registered registered = registered(code);
		String station = scope(stationCode);
		return evaluate(List.of(registered), period, station, true).get(0);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<IndicatorRecord> records(String code, IndicatorPeriod period, String stationCode, int page, int size) {
		Page.check(page, size);
		Registered registered = registered(code);
		String station = scope(stationCode);
		IndicatorDefinition d = registered.definition();
		Registered behind = d.kind() == IndicatorKind.RATIO ? registered(d.numerator()) : registered;
		return behind.source().records(behind.code(), period, station, page, size);
	}

	Registered registered(String code) {
		return registry.find(code).orElseThrow(() -> new NotFoundException("Indicator " + code));
	}

	/**
	 * The station the caller's figures are cut to: the requested one (or the branch) for branch-wide callers; a
	 * station user's own station, and for another station not found.
	 */
	static String scope(String requested) {
		String wanted = requested == null || requested.isBlank() ? null : requested.strip();
		if (wanted != null && !(DataScope.isValidUnitCode(wanted) && wanted.matches("WB[0-9]{2}"))) {
			throw new InvalidInputException("stationCode", "is not a station code (WB01 ..)");
		}
		DataScope scope = DataScope.current();
		if (scope.branchWide()) {
			return wanted;
		}
		String own = scope.station().orElseThrow();
		if (wanted == null || wanted.equals(own)) {
			return own;
		}
		throw new NotFoundException("Station " + wanted);
	}

	/**
	 * Figures of these indicators over a period (station already scoped), each with its previous year; the sources'
	 * statistics beside them only when asked (they are computed from the records, not from the rollups).
	 */
	List<Figure> evaluate(List<Registered> indicators, IndicatorPeriod period, String station, boolean statistics) {
		Map<String, IndicatorPeriod> periods = new LinkedHashMap<>();
		periods.put(CURRENT, period);
		periods.put(PREVIOUS, period.previousYear());
		Map<String, Map<String, Long>> sums = queries.sums(periods, station);
		List<Figure> figures = new ArrayList<>();
		for (Registered r : indicators) {
			figures.add(figure(r, period, station, sums.get(CURRENT), sums.get(PREVIOUS), statistics));
		}
		return figures;
	}

	/** One figure from the sums of its period and the previous year's. */
	Figure figure(Registered r, IndicatorPeriod period, String station, Map<String, Long> current,
			Map<String, Long> previous, boolean withStatistics) {
		IndicatorDefinition d = r.definition();
		BigDecimal value;
		BigDecimal last;
		List<IndicatorStatistic> statistics = List.of();
		switch (d.kind()) {
			case COUNT, SUM -> {
				value = BigDecimal.valueOf(current.getOrDefault(d.code(), 0L));
				last = BigDecimal.valueOf(previous.getOrDefault(d.code(), 0L));
			}
			case RATIO -> {
				boolean percent = "%".equals(d.unit());
				IndicatorPeriod before = period.previousYear();
				value = ratio(part(d.numerator(), period, station, current), part(d.denominator(), period, station, current),
						percent);
				last = ratio(part(d.numerator(), before, station, previous),
						part(d.denominator(), before, station, previous), percent);
				statistics = withStatistics ? r.source().statistics(d.code(), period, station) : List.of();
			}
			case SNAPSHOT -> {
				value = BigDecimal.valueOf(r.source().snapshot(d.code(), period, station));
				last = BigDecimal.valueOf(r.source().snapshot(d.code(), period.previousYear(), station));
			}
			default -> throw new IllegalStateException(d.kind().name());
		}
		Double z = null;
		if (d.kind() == IndicatorKind.COUNT && value != null && last != null) {
			z = 2 * (Math.sqrt(value.doubleValue()) - Math.sqrt(last.doubleValue()));
		}
		return new Figure(d.code(), d.nameZh(), d.nameEn(), d.unit(), value, last, yoyPercent(value, last),
				d.definitionZh(), d.definitionEn(), d.version(), d.definedOn(), d.kind(), d.recordType(), z,
				z != null && Math.abs(z) >= 2, period.from(), period.to(), station, statistics);
	}

	/** A ratio's numerator or denominator: a count or sum from the rollups' sums, a snapshot from its source. */
	private long part(String code, IndicatorPeriod period, String station, Map<String, Long> sums) {
		Registered part = registered(code);
		return part.definition().kind() == IndicatorKind.SNAPSHOT ? part.source().snapshot(code, period, station)
				: sums.getOrDefault(code, 0L);
	}

	/** (value − last) / last × 100, half-up to one decimal; null when last is 0 or either is missing. */
	static BigDecimal yoyPercent(BigDecimal value, BigDecimal last) {
		if (value == null || last == null || last.signum() == 0) {
			return null;
		}
		return value.subtract(last).multiply(BigDecimal.valueOf(100)).divide(last, 1, RoundingMode.HALF_UP);
	}

	/** numerator ÷ denominator (× 100 for a percentage), half-up to one decimal (three for a plain ratio). */
	static BigDecimal ratio(long numerator, long denominator, boolean percent) {
		if (denominator == 0) {
			return null;
		}
		BigDecimal n = BigDecimal.valueOf(numerator);
		return percent ? n.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP)
				: n.divide(BigDecimal.valueOf(denominator), 3, RoundingMode.HALF_UP);
	}
}
