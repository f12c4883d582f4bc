package org.shouwang.prevention;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouwang.IndicatorValues;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The prevention indicators on the demo district: INDICATORS.md's 2025 figures, records = values, station scope. */
@ShouwangTest
class PreventionIndicatorsTests {

	@Autowired
	List<IndicatorSource> sources;

	IndicatorValues values() {
		return new IndicatorValues(sources);
	}

	@Test
	void the2025FiguresOfTheSeed() {
		IndicatorValues v = values();
		assertThat(v.value("KEY_PLACES", 2025, null)).isEqualTo(12);
		assertThat(v.ratio("SCHOOL_HOSPITAL_GUARD_COVERAGE", 2025, null)).isEqualByComparingTo("100.0");
		assertThat(v.value("GUARDED_SCHOOLS", 2025, null)).isBetween(80L, 89L);
		assertThat(v.value("HOTSPOT_DEPLOYMENTS", 2025, null)).isBetween(2800L, 2899L);
		assertThat(v.value("HOTSPOTS_REMEDIATED", 2025, null)).isEqualTo(36);
		assertThat(v.ratio("SPECIAL_PERIOD_DAILY_PATROL_OFFICERS", 2025, null)).isBetween(new BigDecimal("300"),
				new BigDecimal("399.9"));
		assertThat(v.ratio("SPECIAL_PERIOD_DAILY_PATROL_VEHICLES", 2025, null)).isBetween(new BigDecimal("80"),
				new BigDecimal("89.9"));
	}

	@Test
	void recordsTotalEqualsTheValueOfCountsAndSnapshots() {
		IndicatorValues v = values();
		for (String code : List.of("KEY_PLACES", "GUARDED_SCHOOLS", "HOTSPOTS_REMEDIATED", "CAMPUSES_HOSPITALS",
				"GUARDED_CAMPUSES_HOSPITALS")) {
			IndicatorSource source = v.sourceOf(code);
			Page<IndicatorRecord> records = source.records(code, IndicatorPeriod.year(2025), null, 0, 5);
			assertThat(records.total()).as(code).isEqualTo(v.value(code, 2025, null));
			assertThat(records.items()).as(code).isNotEmpty();
		}
		IndicatorSource source = v.sourceOf("HOTSPOT_DEPLOYMENTS");
		Page<IndicatorRecord> deployments = source.records("HOTSPOT_DEPLOYMENTS", IndicatorPeriod.year(2025), null, 0, 200);
		assertThat(deployments.items()).allSatisfy(r -> assertThat(r.href()).startsWith("/prevention/remediation/"));
	}

	@Test
	void aStationSeesItsOwnShareAndTheSharesAddUp() {
		IndicatorValues v = values();
		long sum = 0;
		for (String station : List.of("WB01", "WB02", "WB03", "WB04", "WB05", "WB06", "WB07")) {
			long share = v.value("GUARDED_SCHOOLS", 2025, station);
			Page<IndicatorRecord> records = v.sourceOf("GUARDED_SCHOOLS").records("GUARDED_SCHOOLS", IndicatorPeriod.year(2025),
					station, 0, 200);
			assertThat(records.total()).isEqualTo(share);
			assertThat(records.items()).allSatisfy(r -> assertThat(r.stationCode()).isEqualTo(station));
			sum += share;
		}
		assertThat(sum).isEqualTo(v.value("GUARDED_SCHOOLS", 2025, null));
		assertThat(v.value("HOTSPOTS_REMEDIATED", 2025, "WB01")).isLessThan(36);
	}

	@Test
	void factsOfARecordAreItsFactsNow() {
		IndicatorValues v = values();
		IndicatorSource source = v.sourceOf("HOTSPOTS_REMEDIATED");
		IndicatorRecord record = source.records("HOTSPOTS_REMEDIATED", IndicatorPeriod.year(2025), null, 0, 1).items().get(0);
		assertThat(source.factsOf(record.type(), record.id())).extracting(f -> f.indicatorCode())
			.containsExactly("HOTSPOTS_REMEDIATED");
		assertThat(v.definition("SPECIAL_PERIOD_DAILY_PATROL_OFFICERS").kind()).isEqualTo(IndicatorKind.RATIO);
	}
}
