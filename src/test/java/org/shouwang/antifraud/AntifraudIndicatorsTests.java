package org.shouwang.antifraud;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorKind;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;
import org.shouwang.security.SystemActor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The anti-fraud indicator source over the demo district: the seed's figures, records equal to values. */
@ShouwangTest
class AntifraudIndicatorsTests {

	@Autowired
	List<IndicatorSource> sources;

	@Autowired
	FraudWarnings warnings;

	@Autowired
	org.shouwang.geography.Grids grids;

	IndicatorSource source() {
		return sources.stream().filter(s -> s.recordTypes().contains(FraudWarnings.RECORD_TYPE)).findFirst().orElseThrow();
	}

	long value(String code, int year, String station) {
		AtomicLong sum = new AtomicLong();
		source().forEachFact(code, IndicatorPeriod.year(year), f -> {
			if (station == null || station.equals(f.stationCode())) {
				sum.addAndGet(f.weight());
			}
		});
		return sum.get();
	}

	@Test
	void definesTheIssuesIndicators() {
		assertThat(source().definitions()).extracting(d -> d.code())
			.contains("FRAUD_WARNINGS_DISSUADED", "FRAUD_LOSS_AVOIDED", "FRAUD_WARNINGS_CONTACT_IN_TIME_RATE")
			.doesNotContain("ANTIFRAUD_TALKS", "ANTIFRAUD_LEAFLETS", "ANTIFRAUD_APP_REGISTRATIONS");
		assertThat(source().definitions()).filteredOn(d -> d.code().equals("FRAUD_LOSS_AVOIDED"))
			.singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(IndicatorKind.SUM));
	}

	@Test
	void theDemoGivesTheSeedsFigures() {
		long dissuaded = value("FRAUD_WARNINGS_DISSUADED", 2025, null);
		assertThat(dissuaded).as("4500余").isBetween(4500L, 4599L);
		assertThat(value("FRAUD_LOSS_AVOIDED", 2025, null)).as("超千万元").isGreaterThan(10_000_000L);
		assertThat(value("FRAUD_WARNINGS_DISSUADED", 2024, null)).isPositive().isLessThan(dissuaded);
		long received = value("FRAUD_WARNINGS_RECEIVED", 2025, null);
		long inTime = value("FRAUD_WARNINGS_CONTACTED_IN_TIME", 2025, null);
		assertThat(inTime * 100.0 / received).isBetween(85.0, 99.0);
	}

	@Test
	void recordsTotalEqualsTheCountAndAreScopedByStation() {
		IndicatorPeriod y2025 = IndicatorPeriod.year(2025);
		Page<IndicatorRecord> all = source().records("FRAUD_WARNINGS_DISSUADED", y2025, null, 0, 20);
		assertThat(all.total()).isEqualTo(value("FRAUD_WARNINGS_DISSUADED", 2025, null));
		assertThat(all.items()).hasSize(20).allSatisfy(r -> {
			assertThat(r.type()).isEqualTo("FraudWarning");
			assertThat(r.date().getYear()).isEqualTo(2025);
			assertThat(r.href()).startsWith("/antifraud/warnings/");
		});
		Page<IndicatorRecord> wb01 = source().records("FRAUD_WARNINGS_DISSUADED", y2025, "WB01", 0, 5);
		assertThat(wb01.total()).isEqualTo(value("FRAUD_WARNINGS_DISSUADED", 2025, "WB01")).isPositive()
			.isLessThan(all.total());
		assertThat(wb01.items()).allSatisfy(r -> assertThat(r.stationCode()).isEqualTo("WB01"));
	}

	@Test
	void factsOfARecordFollowItsState() {
		FraudWarnings.Intake intake = SystemActor.call(SystemActor.SYSTEM, () -> warnings.create(UUID.randomUUID().toString(),
				new WarningInput(null, "13900001111", new WarningInput.Location(AntifraudApiTests.wb01(grids)[0], AntifraudApiTests.wb01(grids)[1], null), "HIGH",
						"ROMANCE", null, null, null)));
		UUID id = intake.warning().id();
		assertThat(source().factsOf("FraudWarning", id)).extracting(IndicatorFact::indicatorCode)
			.containsExactly("FRAUD_WARNINGS_RECEIVED");
		SystemActor.run(SystemActor.SYSTEM, () -> {
			warnings.recordContact(id, ContactMethod.OFFICER_CALL, null);
			warnings.close(id, new OutcomeInput(WarningOutcome.DISSUADED, 12_300L, null, null, null));
		});
		List<IndicatorFact> facts = source().factsOf("FraudWarning", id);
		assertThat(facts).extracting(IndicatorFact::indicatorCode).containsExactlyInAnyOrder("FRAUD_WARNINGS_RECEIVED",
				"FRAUD_WARNINGS_CONTACTED_IN_TIME", "FRAUD_WARNINGS_DISSUADED", "FRAUD_LOSS_AVOIDED");
		assertThat(facts).filteredOn(f -> f.indicatorCode().equals("FRAUD_LOSS_AVOIDED")).singleElement()
			.satisfies(f -> {
				assertThat(f.weight()).isEqualTo(12_300);
				assertThat(f.stationCode()).isEqualTo("WB01");
			});
		assertThat(source().factsOf("Incident", id)).isEmpty();
		assertThat(source().factsOf("FraudWarning", UUID.randomUUID())).isEmpty();
	}
}
