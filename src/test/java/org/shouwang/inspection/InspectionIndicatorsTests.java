package org.shouwang.inspection;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouwang.IndicatorValues;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspection indicators on the demo district: INDICATORS.md's 2025 figures, records = values, station scope. */
@ShouwangTest
class InspectionIndicatorsTests {

	@Autowired
	List<IndicatorSource> sources;

	@Test
	void the2025FiguresOfTheSeed() {
		IndicatorValues v = new IndicatorValues(sources);
		assertThat(v.value("PREMISES_INSPECTIONS", 2025, null)).isBetween(1250L, 1259L);
		assertThat(v.value("INSPECTION_HAZARDS_RECTIFIED", 2025, null)).isEqualTo(436);
		assertThat(v.value("PREMISES_SUSPENDED", 2025, null)).isEqualTo(23);
		assertThat(v.value("PREMISES_PENALIZED", 2025, null)).isEqualTo(85);
		assertThat(v.value("BANK_HAZARDS_FOUND", 2025, null)).isEqualTo(112);
	}

	@Test
	void recordsTotalEqualsTheValueAndStationsAddUp() {
		IndicatorValues v = new IndicatorValues(sources);
		for (String code : List.of("PREMISES_INSPECTIONS", "INSPECTION_HAZARDS_RECTIFIED", "PREMISES_SUSPENDED",
				"PREMISES_PENALIZED", "BANK_HAZARDS_FOUND")) {
			IndicatorSource source = v.sourceOf(code);
			Page<IndicatorRecord> records = source.records(code, IndicatorPeriod.year(2025), null, 0, 10);
			assertThat(records.total()).as(code).isEqualTo(v.value(code, 2025, null));
			assertThat(records.items()).as(code).allSatisfy(r -> assertThat(r.href()).startsWith("/inspection/"));
			long sum = 0;
			for (String station : List.of("WB01", "WB02", "WB03", "WB04", "WB05", "WB06", "WB07")) {
				Page<IndicatorRecord> own = source.records(code, IndicatorPeriod.year(2025), station, 0, 200);
				assertThat(own.total()).as(code + " " + station).isEqualTo(v.value(code, 2025, station));
				assertThat(own.items()).allSatisfy(r -> assertThat(r.stationCode()).isEqualTo(station));
				sum += own.total();
			}
			assertThat(sum).as(code).isEqualTo(v.value(code, 2025, null));
		}
	}

	@Test
	void aRecordHasItsFactsOncePerIndicator() {
		IndicatorValues v = new IndicatorValues(sources);
		IndicatorSource source = v.sourceOf("PREMISES_SUSPENDED");
		IndicatorRecord suspension = source.records("PREMISES_SUSPENDED", IndicatorPeriod.year(2025), null, 0, 1).items().get(0);
		assertThat(source.factsOf(suspension.type(), suspension.id())).extracting(f -> f.indicatorCode())
			.containsExactlyInAnyOrder("PREMISES_PENALIZED", "PREMISES_SUSPENDED");
	}
}
