package org.shouwang.cases.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case indicators on the demo district: 2025 gives the seed's figures exactly, counted from the records (the
 * recount, the records' total and the per-station split agree), and the year-on-year changes are the seed's.
 */
@ShouwangTest
class CaseIndicatorsTests {

	static final IndicatorPeriod Y2025 = IndicatorPeriod.year(2025);

	static final List<String> STATIONS = List.of("WB01", "WB02", "WB03", "WB04", "WB05", "WB06", "WB07");

	@Autowired
	CaseIndicators indicators;

	@Test
	void demo2025GivesTheSeedsFigures() {
		assertThat(indicators.count("CRIMINAL_CASES_SOLVED", Y2025, null)).isEqualTo(398);
		assertThat(indicators.count("ADMIN_CASES_HANDLED", Y2025, null)).isEqualTo(856);
		assertThat(indicators.count("SUSPECTS_APPREHENDED", Y2025, null)).isEqualTo(2127);
		assertThat(indicators.count("FUGITIVES_CAPTURED", Y2025, null)).isEqualTo(53);
		assertThat(indicators.count("COMMAND_SUPPORTED_APPREHENSIONS", Y2025, null)).isEqualTo(198);
		assertThat(indicators.count("COMMAND_ASSISTED_CASES_SOLVED", Y2025, null)).isBetween(210L, 219L);
		assertThat(indicators.count("OVERDUE_FUGITIVE_WITHDRAWALS", Y2025, null)).isEqualTo(2);
		assertThat(yoy("CRIMINAL_CASES_REGISTERED")).isEqualByComparingTo("-25.1");
		assertThat(yoy("FRAUD_CASES")).isEqualByComparingTo("-17.0");
	}

	@Test
	void everyFigureIsItsRecordsCountedOnceAndSplitsByStation() {
		for (String code : indicators.definitions().stream().map(d -> d.code()).toList()) {
			long value = indicators.count(code, Y2025, null);
			AtomicLong facts = new AtomicLong();
			indicators.forEachFact(code, Y2025, f -> {
				assertThat(f.indicatorCode()).isEqualTo(code);
				assertThat(Y2025.contains(f.date())).as(code).isTrue();
				facts.incrementAndGet();
			});
			assertThat(facts.get()).as(code + " recount").isEqualTo(value);
			assertThat(indicators.records(code, Y2025, null, 0, 5).total()).as(code + " records").isEqualTo(value);
			long byStation = STATIONS.stream().mapToLong(s -> indicators.records(code, Y2025, s, 0, 1).total()).sum();
			assertThat(byStation).as(code + " by station").isEqualTo(value);
		}
		List<IndicatorRecord> wb01 = indicators.records("CRIMINAL_CASES_SOLVED", Y2025, "WB01", 0, 50).items();
		assertThat(wb01).isNotEmpty().allSatisfy(r -> {
			assertThat(r.stationCode()).isEqualTo("WB01");
			assertThat(r.type()).isEqualTo("Case");
			assertThat(r.href()).startsWith("/cases/");
		});
	}

	@Test
	void factsOfOneRecordAreTheRecountsFacts() {
		IndicatorRecord record = indicators.records("SUSPECTS_APPREHENDED", Y2025, null, 0, 1).items().get(0);
		assertThat(indicators.factsOf("Apprehension", record.id())).extracting(f -> f.indicatorCode())
			.contains("SUSPECTS_APPREHENDED");
		IndicatorRecord solved = indicators.records("CRIMINAL_CASES_SOLVED", Y2025, null, 0, 1).items().get(0);
		assertThat(indicators.factsOf("Case", solved.id())).extracting(f -> f.indicatorCode())
			.contains("CRIMINAL_CASES_SOLVED", "CRIMINAL_CASES_REGISTERED")
			.doesNotHaveDuplicates();
	}

	private BigDecimal yoy(String code) {
		long now = indicators.count(code, Y2025, null);
		long last = indicators.count(code, Y2025.previousYear(), null);
		return BigDecimal.valueOf(now - last).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(last), 1,
				RoundingMode.HALF_UP);
	}
}
