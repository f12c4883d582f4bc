package org.shouwang.performance.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shouwang.performance.Figure;

/**
 * The figures an annual-summary template reads, as {@code r} ({@code [(${r.approx('EMERGENCY_HELP_INCIDENTS', '起')})]}):
 * each figure printed after the seed's conventions ({@link ReportNumbers}) as a Markdown link to the records behind
 * it. A template guards every sentence with {@link #has}: an indicator that is not registered, or has no data, is
 * left out of the prose and listed as missing in the appendix; a figure method asked for such a code throws, so a
 * template that forgets its guard fails loudly instead of printing a made-up number.
 */
public final class ReportFigures {

	private final Map<String, Figure> figures = new LinkedHashMap<>();

	private final Set<String> asked = new LinkedHashSet<>();

	private final int year;

	private final String stationCode;

	private final String stationName;

	private final String provenance;

	/**
	 * @param provenance one sentence on when the summary was generated and when its figures were last verified
	 *                   against a recount of the records
	 */
	ReportFigures(Collection<Figure> figures, int year, String stationCode, String stationName, String provenance) {
		figures.forEach(f -> this.figures.put(f.code(), f));
		this.year = year;
		this.stationCode = stationCode;
		this.stationName = stationName;
		this.provenance = provenance;
	}

	/** When the summary was generated, from figures verified when (the reconciliation). */
	public String getProvenance() {
		return provenance;
	}

	public int getYear() {
		return year;
	}

	/** The station's name, or null for the branch. */
	public String getStationName() {
		return stationName;
	}

	public boolean isStation() {
		return stationCode != null;
	}

	/** True when every code names a registered indicator that has data (a value, and not zero in both years). */
	public boolean has(String... codes) {
		boolean all = true;
		for (String code : codes) {
			asked.add(code);
			all &= present(code);
		}
		return all;
	}

	/** True when the indicator has data and a 同比 (last year not zero). */
	public boolean hasYoy(String code) {
		return has(code) && figures.get(code).yoyPercent() != null;
	}

	private boolean present(String code) {
		Figure f = figures.get(code);
		if (f == null || f.value() == null) {
			return false;
		}
		boolean lastYearEmpty = f.previousValue() == null || f.previousValue().signum() == 0;
		return f.value().signum() != 0 || !lastYearEmpty;
	}

	/** The exact count with its unit word, linked: {@code [398起](...)}. */
	public String n(String code, String unit) {
		return link(code, ReportNumbers.exact(value(code)) + unit);
	}

	/** The "N余" count with its unit word, linked: {@code [4060余起](...)}. */
	public String approx(String code, String unit) {
		return link(code, ReportNumbers.approx(value(code)) + unit);
	}

	/** The "逾N" count with its unit word, linked. */
	public String over(String code, String unit) {
		return link(code, ReportNumbers.over(value(code)) + unit);
	}

	/** A percentage, linked: {@code [98.6%](...)}. */
	public String rate(String code) {
		return link(code, ReportNumbers.rate(value(code)));
	}

	/** An amount of money in 元, linked: {@code [超千万元](...)}. */
	public String money(String code) {
		return link(code, ReportNumbers.money(value(code)));
	}

	/** "同比下降8.2%" (linked), or "与上年持平"-style wording; requires {@link #hasYoy}. */
	public String yoy(String code) {
		Figure f = figure(code);
		if (f.yoyPercent() == null) {
			throw new IllegalStateException(code + " has no 同比 (last year is 0): guard it with r.hasYoy('" + code + "')");
		}
		return link(code, ReportNumbers.yoy(f.yoyPercent()));
	}

	/** The records' address of a figure: {@code /api/v1/indicators/{code}/records?year=…[&stationCode=…]}. */
	public String recordsPath(String code) {
		return "/api/v1/indicators/" + code + "/records?year=" + year + (stationCode == null ? "" : "&stationCode=" + stationCode);
	}

	private String link(String code, String text) {
		return "[" + text + "](" + recordsPath(code) + ")";
	}

	private BigDecimal value(String code) {
		return figure(code).value();
	}

	private Figure figure(String code) {
		asked.add(code);
		if (!present(code)) {
			throw new IllegalStateException(code + " is not registered or has no data: guard it with r.has('" + code + "')");
		}
		return figures.get(code);
	}

	/** Every figure of the period, in registry order (the appendix). */
	public List<Figure> getAll() {
		return List.copyOf(figures.values());
	}

	/** The codes the template asked for that are not registered or have no data, in the template's order. */
	public List<String> getMissing() {
		return asked.stream().filter(c -> !present(c)).toList();
	}

	/** Every code the template asked for. */
	Set<String> asked() {
		return Set.copyOf(asked);
	}

	/** A value of the appendix table as printed: exact numbers, percentages with one decimal. */
	public String cell(BigDecimal value, String unit) {
		if (value == null) {
			return "—";
		}
		return "%".equals(unit) ? ReportNumbers.rate(value) : value.stripTrailingZeros().toPlainString();
	}

	/** 同比 in the appendix: "−8.2%", "+3.0%", "—". */
	public String change(BigDecimal percent) {
		if (percent == null) {
			return "—";
		}
		return (percent.signum() > 0 ? "+" : percent.signum() < 0 ? "−" : "") + percent.abs().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
	}

}
