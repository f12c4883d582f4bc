package org.shouwang;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorSource;

/**
 * The value of an indicator computed straight from its source, as the SPI defines it (COUNT: facts, SUM: weights,
 * SNAPSHOT: the source's snapshot, RATIO: numerator ÷ denominator, × 100 for "%", half-up to one decimal), for tests of
 * the sources without the performance module.
 */
public final class IndicatorValues {

	private final List<IndicatorSource> sources;

	public IndicatorValues(List<IndicatorSource> sources) {
		this.sources = sources;
	}

	/** The source whose definition of the code has the highest version, as the registry chooses. */
	public IndicatorSource sourceOf(String code) {
		return sources.stream()
			.filter(s -> s.definitions().stream().anyMatch(d -> d.code().equals(code)))
			.max(java.util.Comparator.comparingInt((IndicatorSource s) -> s.definitions().stream()
				.filter(d -> d.code().equals(code)).mapToInt(IndicatorDefinition::version).max().orElse(0)))
			.orElseThrow(() -> new AssertionError("no source defines " + code));
	}

	public IndicatorDefinition definition(String code) {
		return sourceOf(code).definitions().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
	}

	/** COUNT, SUM or SNAPSHOT as a whole number, for the whole branch or one station. */
	public long value(String code, int year, String station) {
		IndicatorDefinition d = definition(code);
		IndicatorSource source = sourceOf(code);
		IndicatorPeriod period = IndicatorPeriod.year(year);
		if (d.kind() == IndicatorKind.SNAPSHOT) {
			return source.snapshot(code, period, station);
		}
		long[] sum = { 0 };
		source.forEachFact(code, period, f -> {
			if (station == null || station.equals(f.stationCode())) {
				sum[0] += d.kind() == IndicatorKind.SUM ? f.weight() : 1;
			}
		});
		return sum[0];
	}

	public BigDecimal ratio(String code, int year, String station) {
		IndicatorDefinition d = definition(code);
		BigDecimal n = BigDecimal.valueOf(value(d.numerator(), year, station));
		BigDecimal m = BigDecimal.valueOf(value(d.denominator(), year, station));
		if (d.unit().equals("%")) {
			n = n.multiply(BigDecimal.valueOf(100));
		}
		return m.signum() == 0 ? null : n.divide(m, 1, RoundingMode.HALF_UP);
	}
}
