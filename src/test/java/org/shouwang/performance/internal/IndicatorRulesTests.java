package org.shouwang.performance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of figures without Spring: 同比 and ratios, periods, the registry's versions, the rollups' splits. */
class IndicatorRulesTests {

	@Test
	void yoyIsHalfUpToOneDecimalAndNullWhenLastYearIsZero() {
		assertThat(FigureService.yoyPercent(BigDecimal.valueOf(1790), BigDecimal.valueOf(1950))).isEqualByComparingTo("-8.2");
		assertThat(FigureService.yoyPercent(BigDecimal.valueOf(62), BigDecimal.valueOf(100))).isEqualByComparingTo("-38.0");
		// 1/8 = 12.5 % exactly: half-up, not half-even.
		assertThat(FigureService.yoyPercent(BigDecimal.valueOf(9), BigDecimal.valueOf(8))).isEqualByComparingTo("12.5");
		assertThat(FigureService.yoyPercent(BigDecimal.valueOf(2001), BigDecimal.valueOf(2000))).isEqualByComparingTo("0.1");
		assertThat(FigureService.yoyPercent(BigDecimal.valueOf(20001), BigDecimal.valueOf(20000))).isEqualByComparingTo("0.0");
		assertThat(FigureService.yoyPercent(BigDecimal.valueOf(5), BigDecimal.ZERO)).isNull();
		assertThat(FigureService.ratio(986, 1000, true)).isEqualByComparingTo("98.6");
		assertThat(FigureService.ratio(2, 3, true)).isEqualByComparingTo("66.7");
		assertThat(FigureService.ratio(1, 0, true)).isNull();
	}

	@Test
	void periodsAreYearsMonthsIsoWeeksAndDays() {
		assertThat(Periods.parse("2025", null, null, null, null)).isEqualTo(IndicatorPeriod.year(2025));
		assertThat(Periods.parse(null, "2025-02", null, null, null))
			.isEqualTo(new IndicatorPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)));
		// ISO week 1 of 2026 starts on Monday 29 December 2025; 2020 has 53 weeks.
		assertThat(Periods.week("2026-W01")).isEqualTo(new IndicatorPeriod(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5)));
		assertThat(Periods.week("2020-W53").from()).isEqualTo(LocalDate.of(2020, 12, 28));
		assertThat(Periods.weekOf(LocalDate.of(2025, 12, 31))).isEqualTo("2026-W01");
		assertThatThrownBy(() -> Periods.week("2025-W53")).isInstanceOf(InvalidInputException.class);
		assertThat(Periods.parse(null, null, null, "2025-07-01", "2025-07-02").lastDay()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThatThrownBy(() -> Periods.parse(null, null, null, "2025-07-02", "2025-07-02"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Periods.parse("2025", null, "2025-W01", null, null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aPeriodIsSplitIntoWholeMonthsAndTheDaysAtEitherEnd() {
		RollupQueries.Split year = RollupQueries.Split.of(IndicatorPeriod.year(2025));
		assertThat(year.monthsFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(year.monthsTo()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(year.days()).isEmpty();
		RollupQueries.Split odd = RollupQueries.Split.of(new IndicatorPeriod(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 4, 3)));
		assertThat(odd.monthsFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
		assertThat(odd.monthsTo()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(odd.days()).hasSize(2);
		assertThat(odd.days()).containsExactly(new IndicatorPeriod(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 1)),
				new IndicatorPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 3)));
		RollupQueries.Split week = RollupQueries.Split.of(new IndicatorPeriod(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 14)));
		assertThat(week.monthsFrom()).isNull();
		assertThat(week.days()).hasSize(1);
	}

	static IndicatorSource source(IndicatorDefinition... definitions) {
		return new IndicatorSource() {
			@Override
			public List<String> recordTypes() {
				return List.of("Thing");
			}

			@Override
			public List<IndicatorDefinition> definitions() {
				return List.of(definitions);
			}

			@Override
			public List<IndicatorFact> factsOf(String recordType, UUID recordId) {
				return List.of();
			}

			@Override
			public void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
			}

			@Override
			public Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page,
					int size) {
				return Page.empty(size);
			}
		};
	}

	static IndicatorDefinition grids(int version) {
		return new IndicatorDefinition("GRIDS", "网格", "Grids", "个", "v" + version, "v" + version, version,
				LocalDate.of(2026, 1, version), IndicatorKind.SNAPSHOT, "Grid", Set.of(), null, null);
	}

	@Test
	void theHigherVersionOfACodeWinsAndTheSameVersionTwiceStopsTheStart() {
		IndicatorSource geography = source(grids(1));
		IndicatorSource community = source(grids(2));
		assertThat(new IndicatorRegistry(List.of(geography, community)).find("GRIDS").orElseThrow().source())
			.isSameAs(community);
		assertThat(new IndicatorRegistry(List.of(community, geography)).find("GRIDS").orElseThrow().definition().version())
			.isEqualTo(2);
		assertThatThrownBy(() -> new IndicatorRegistry(List.of(geography, source(grids(1)))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("GRIDS");
		// A ratio must divide registered counts.
		IndicatorDefinition ratio = new IndicatorDefinition("SHARE", "比", "Share", "%", "", "", 1, LocalDate.of(2026, 1, 1),
				IndicatorKind.RATIO, "Thing", Set.of(), "A", "B");
		assertThatThrownBy(() -> new IndicatorRegistry(List.of(source(ratio)))).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void copyTextEscapesWhatCopyWouldMisread() {
		assertThat(Rollups.text(null)).isEqualTo("\\N");
		assertThat(Rollups.text("a\tb\\c\nd")).isEqualTo("a\\tb\\\\c\\nd");
	}
}
