package org.shouwang.performance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.shouwang.platform.indicators.IndicatorPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the rollups: sums of many indicators over several periods in one statement (whole months from the month
 * rollup, the days at either end from the day rollup), monthly trends, per-station figures and breakdowns by
 * category or grid. A station code null means every station (and records without one).
 */
@Component
class RollupQueries {

	private static final String STATION = "(CAST(? AS varchar) IS NULL OR station_code = ?)";

	private final JdbcClient jdbc;

	RollupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which whole months and which remaining days make a period. */
	record Split(LocalDate monthsFrom, LocalDate monthsTo, List<IndicatorPeriod> days) {

		static Split of(IndicatorPeriod period) {
			LocalDate from = period.from();
			LocalDate to = period.to();
			LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
			LocalDate endMonth = to.withDayOfMonth(1);
			if (!firstMonth.isBefore(endMonth)) {
				return new Split(null, null, List.of(period));
			}
			List<IndicatorPeriod> days = new ArrayList<>();
			if (from.isBefore(firstMonth)) {
				days.add(new IndicatorPeriod(from, firstMonth));
			}
			if (endMonth.isBefore(to)) {
				days.add(new IndicatorPeriod(endMonth, to));
			}
			return new Split(firstMonth, endMonth, days);
		}
	}

	/**
	 * For each named period, the value of each indicator that has any rollup in it (absent = 0), keyed by the
	 * period's name and the indicator's code.
	 */
	Map<String, Map<String, Long>> sums(Map<String, IndicatorPeriod> periods, String stationCode) {
		return sums(periods, stationCode, false);
	}

	/** As {@link #sums} but per station: name → code|station → value. */
	Map<String, Map<String, Long>> sumsByStation(Map<String, IndicatorPeriod> periods, String stationCode) {
		return sums(periods, stationCode, true);
	}

	private Map<String, Map<String, Long>> sums(Map<String, IndicatorPeriod> periods, String stationCode,
			boolean byStation) {
		String group = byStation ? "indicator_code || '|' || station_code" : "indicator_code";
		StringBuilder sql = new StringBuilder();
		List<Object> params = new ArrayList<>();
		for (Map.Entry<String, IndicatorPeriod> p : periods.entrySet()) {
			Split split = Split.of(p.getValue());
			if (split.monthsFrom() != null) {
				union(sql).append("SELECT CAST(? AS varchar) AS tag, ").append(group).append(" AS k, sum(value) AS v")
					.append(" FROM indicator_rollup_month WHERE month >= ? AND month < ? AND ").append(STATION)
					.append(" GROUP BY 2");
				params.addAll(List.of(p.getKey(), split.monthsFrom(), split.monthsTo()));
				params.add(stationCode);
				params.add(stationCode);
			}
			for (IndicatorPeriod days : split.days()) {
				union(sql).append("SELECT CAST(? AS varchar) AS tag, ").append(group).append(" AS k, sum(value) AS v")
					.append(" FROM indicator_rollup_day WHERE day >= ? AND day < ? AND ").append(STATION)
					.append(" GROUP BY 2");
				params.addAll(List.of(p.getKey(), days.from(), days.to()));
				params.add(stationCode);
				params.add(stationCode);
			}
		}
		Map<String, Map<String, Long>> result = new LinkedHashMap<>();
		periods.keySet().forEach(name -> result.put(name, new HashMap<>()));
		if (sql.isEmpty()) {
			return result;
		}
		jdbc.sql("SELECT tag, k, sum(v) FROM (" + sql + ") parts GROUP BY tag, k")
			.params(params)
			.query((rs, n) -> {
				result.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3));
				return null;
			})
			.list();
		return result;
	}

	private static StringBuilder union(StringBuilder sql) {
		if (!sql.isEmpty()) {
			sql.append(" UNION ALL ");
		}
		return sql;
	}

	/** Month → code → value of the indicators from the month of from up to to (whole months), for a station or all. */
	Map<LocalDate, Map<String, Long>> monthly(Collection<String> codes, LocalDate from, LocalDate to, String stationCode) {
		Map<LocalDate, Map<String, Long>> result = new TreeMap<>();
		for (LocalDate m = from.withDayOfMonth(1); m.isBefore(to); m = m.plusMonths(1)) {
			result.put(m, new HashMap<>());
		}
		if (codes.isEmpty()) {
			return result;
		}
		jdbc.sql("SELECT month, indicator_code, sum(value) FROM indicator_rollup_month WHERE indicator_code IN (:codes)"
				+ " AND month >= :from AND month < :to AND (CAST(:station AS varchar) IS NULL OR station_code = :station)"
				+ " GROUP BY 1, 2")
			.param("codes", List.copyOf(codes))
			.param("from", from.withDayOfMonth(1))
			.param("to", to)
			.param("station", stationCode)
			.query((rs, n) -> {
				result.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new HashMap<>())
					.put(rs.getString(2), rs.getLong(3));
				return null;
			})
			.list();
		return result;
	}

	/** Category (or grid) → value of one indicator over a period, from the finest rollup, largest first. */
	Map<String, Long> breakdown(String code, IndicatorPeriod period, String stationCode, boolean byGrid) {
		String column = byGrid ? "grid_code" : "category";
		Map<String, Long> result = new LinkedHashMap<>();
		jdbc.sql("SELECT " + column + ", sum(value) FROM indicator_rollup WHERE indicator_code = ? AND day >= ?"
				+ " AND day < ? AND " + STATION + " GROUP BY 1 ORDER BY 2 DESC, 1")
			.params(code, period.from(), period.to(), stationCode, stationCode)
			.query((rs, n) -> result.put(rs.getString(1), rs.getLong(2)))
			.list();
		return result;
	}
}
