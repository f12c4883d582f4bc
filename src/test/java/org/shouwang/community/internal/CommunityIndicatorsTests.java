package org.shouwang.community.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The community indicators on the demo district's 2025: the figures of the branch's summary, computed from the
 * records (162 full grids, 64 teams / 735 volunteers, 5.6万余 visits, 98.6 % mediation success, 120余 talks, 2万余
 * leaflets, 1.2万余 registrations, 96 campus events with 6.5万余 attendance), records totals equal to the values,
 * and a station's figures are its own records only.
 */
@ShouwangTest
class CommunityIndicatorsTests {

	static final IndicatorPeriod YEAR = IndicatorPeriod.year(2025);

	@Autowired
	CommunityIndicators source;

	long value(String code, String station) {
		IndicatorDefinition d = source.definitions().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
		if (d.kind() == IndicatorKind.SNAPSHOT) {
			return source.snapshot(code, YEAR, station);
		}
		AtomicLong sum = new AtomicLong();
		source.forEachFact(code, YEAR, f -> {
			if (station == null || station.equals(f.stationCode())) {
				sum.addAndGet(f.weight());
			}
		});
		return sum.get();
	}

	@Test
	void demoGivesTheSummarysFigures() {
		assertThat(value("GRIDS", null)).isEqualTo(162);
		assertThat(value("VOLUNTEER_TEAMS", null)).isEqualTo(64);
		assertThat(value("VOLUNTEERS", null)).isEqualTo(735);
		assertThat(value("HOUSEHOLD_VISITS", null)).isBetween(56_000L, 56_999L);
		long mediated = value("DISPUTES_MEDIATED", null);
		long closed = value("DISPUTES_CLOSED", null);
		assertThat(BigDecimal.valueOf(mediated * 100.0 / closed).setScale(1, RoundingMode.HALF_UP))
			.isEqualByComparingTo("98.6");
		assertThat(value("ANTIFRAUD_TALKS", null)).isBetween(120L, 129L);
		assertThat(value("ANTIFRAUD_LEAFLETS", null)).isBetween(20_000L, 29_999L);
		assertThat(value("ANTIFRAUD_APP_REGISTRATIONS", null)).isBetween(12_000L, 12_999L);
		assertThat(value("CAMPUS_SAFETY_EVENTS", null)).isEqualTo(96);
		assertThat(value("CAMPUS_SAFETY_ATTENDANCE", null)).isBetween(65_000L, 65_999L);
	}

	@Test
	void gridsIsVersionTwoAndTheRateNamesItsCounts() {
		IndicatorDefinition grids = source.definitions().stream().filter(d -> d.code().equals("GRIDS")).findFirst().orElseThrow();
		assertThat(grids.version()).isEqualTo(2);
		assertThat(grids.kind()).isEqualTo(IndicatorKind.SNAPSHOT);
		IndicatorDefinition rate = source.definitions().stream().filter(d -> d.code().equals("MEDIATION_SUCCESS_RATE"))
			.findFirst().orElseThrow();
		assertThat(rate.kind()).isEqualTo(IndicatorKind.RATIO);
		assertThat(rate.numerator()).isEqualTo("DISPUTES_MEDIATED");
		assertThat(rate.denominator()).isEqualTo("DISPUTES_CLOSED");
		assertThat(rate.unit()).isEqualTo("%");
	}

	@Test
	void recordsTotalsEqualTheCountsAndSnapshots() {
		for (String code : List.of("GRIDS", "VOLUNTEER_TEAMS", "VOLUNTEERS", "HOUSEHOLD_VISITS", "DISPUTES_MEDIATED",
				"DISPUTES_CLOSED", "ANTIFRAUD_TALKS", "CAMPUS_SAFETY_EVENTS")) {
			Page<IndicatorRecord> page = source.records(code, YEAR, null, 0, 5);
			assertThat(page.total()).as(code).isEqualTo(value(code, null));
			assertThat(page.items()).as(code).hasSize(5);
			Page<IndicatorRecord> wb01 = source.records(code, YEAR, "WB01", 0, 200);
			assertThat(wb01.total()).as(code + " WB01").isEqualTo(value(code, "WB01"));
			assertThat(wb01.items()).allSatisfy(r -> assertThat(r.stationCode()).isEqualTo("WB01"));
		}
	}

	@Test
	void aStationsFiguresAreItsOwnRecords() {
		assertThat(value("GRIDS", "WB01")).isEqualTo(26);
		long sum = 0;
		for (String station : List.of("WB01", "WB02", "WB03", "WB04", "WB05", "WB06", "WB07")) {
			sum += value("HOUSEHOLD_VISITS", station);
		}
		assertThat(sum).isEqualTo(value("HOUSEHOLD_VISITS", null));
		assertThat(value("VOLUNTEERS", "WB01")).isPositive().isLessThan(735);
	}

	@Test
	void factsOfARecordAreItsCountsNow() {
		IndicatorRecord visit = source.records("HOUSEHOLD_VISITS", YEAR, "WB01", 0, 1).items().get(0);
		List<IndicatorFact> facts = new ArrayList<>(source.factsOf("Visit", visit.id()));
		assertThat(facts).singleElement().satisfies(f -> {
			assertThat(f.indicatorCode()).isEqualTo("HOUSEHOLD_VISITS");
			assertThat(f.stationCode()).isEqualTo("WB01");
			assertThat(f.date()).isEqualTo(visit.date());
		});
		IndicatorRecord dispute = source.records("DISPUTES_MEDIATED", YEAR, null, 0, 1).items().get(0);
		assertThat(source.factsOf("Dispute", dispute.id())).extracting(IndicatorFact::indicatorCode)
			.containsExactlyInAnyOrder("DISPUTES_MEDIATED", "DISPUTES_CLOSED");
	}
}
