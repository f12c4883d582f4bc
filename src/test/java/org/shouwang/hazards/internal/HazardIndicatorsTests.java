package org.shouwang.hazards.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hazard indicators on the demo district: community-found hazards 2025 against 2024 −13.5 %, 112 at bank outlets
 * and 89 around schools in 2025; records totals equal to the values, scoped by station.
 */
@ShouwangTest
class HazardIndicatorsTests {

	@Autowired
	HazardIndicators source;

	long count(String code, IndicatorPeriod period, String station) {
		AtomicLong n = new AtomicLong();
		source.forEachFact(code, period, f -> {
			if (station == null || station.equals(f.stationCode())) {
				n.addAndGet(f.weight());
			}
		});
		return n.get();
	}

	@Test
	void demoGivesTheSummarysFigures() {
		IndicatorPeriod y2025 = IndicatorPeriod.year(2025);
		long found2025 = count("RISK_HAZARDS_FOUND", y2025, null);
		long found2024 = count("RISK_HAZARDS_FOUND", y2025.previousYear(), null);
		assertThat(BigDecimal.valueOf((found2025 - found2024) * 100.0 / found2024).setScale(1, RoundingMode.HALF_UP))
			.isEqualByComparingTo("-13.5");
		assertThat(count("BANK_HAZARDS_FOUND", y2025, null)).isEqualTo(112);
		assertThat(count("CAMPUS_HAZARDS", y2025, null)).isEqualTo(89);
	}

	@Test
	void recordsTotalsEqualTheValuesWithinAStation() {
		IndicatorPeriod y2025 = IndicatorPeriod.year(2025);
		for (String code : new String[] { "RISK_HAZARDS_FOUND", "BANK_HAZARDS_FOUND", "CAMPUS_HAZARDS" }) {
			Page<IndicatorRecord> all = source.records(code, y2025, null, 0, 3);
			assertThat(all.total()).as(code).isEqualTo(count(code, y2025, null));
			Page<IndicatorRecord> wb01 = source.records(code, y2025, "WB01", 0, 200);
			assertThat(wb01.total()).as(code).isEqualTo(count(code, y2025, "WB01"));
			assertThat(wb01.items()).allSatisfy(r -> assertThat(r.stationCode()).isEqualTo("WB01"));
		}
		assertThat(source.records("HAZARDS_OVERDUE", IndicatorPeriod.year(2026), null, 0, 5).total())
			.isEqualTo(source.snapshot("HAZARDS_OVERDUE", IndicatorPeriod.year(2026), null));
	}
}
