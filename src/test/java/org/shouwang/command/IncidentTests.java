package org.shouwang.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouwang.geography.GridType;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the {@link Incident} aggregate, without Spring or a database. */
class IncidentTests {

	static final Instant REPORTED = Instant.parse("2025-07-14T02:00:00Z");

	static final IncidentSubtype THEFT = new IncidentSubtype(IncidentCategory.CRIMINAL, "THEFT", "盗窃", "Theft", 2,
			null, 1, 1, true);

	static final IncidentSubtype LOST = new IncidentSubtype(IncidentCategory.HELP, "LOST_PROPERTY", "遗失", "Lost", 3,
			null, 1, 1, true);

	static Incident received(Duration standard) {
		Incident incident = Incident.receive(new Incident.Intake(UUID.randomUUID(), "20250714-0001",
				IncidentChannel.CALL_110, THEFT, 2, REPORTED, REPORTED.plusSeconds(5), 35.3, 113.85, "平原路 1 号",
				"WB01-G01", GridType.URBAN, "WB01", "13800001111", "被盗", false, null, standard, false));
		incident.pullEvents();
		return incident;
	}

	@Test
	void anIntakeRegistersIncidentReceivedWithWhatConsumersNeed() {
		Incident incident = Incident.receive(new Incident.Intake(UUID.randomUUID(), "20250714-0002",
				IncidentChannel.CALL_110, THEFT, 2, REPORTED, REPORTED, 35.3, 113.85, null, "WB01-G01", GridType.URBAN,
				"WB01", null, null, true, null, Duration.ofMinutes(5), false));
		assertThat(incident.status()).isEqualTo(IncidentStatus.NEW);
		assertThat(incident.row().arrivalStandardSeconds()).isEqualTo(300);
		List<Object> events = incident.pullEvents();
		assertThat(events).singleElement().isInstanceOfSatisfying(IncidentReceived.class, e -> {
			assertThat(e.number()).isEqualTo("20250714-0002");
			assertThat(e.category()).isEqualTo(IncidentCategory.CRIMINAL);
			assertThat(e.subtype()).isEqualTo("THEFT");
			assertThat(e.stationCode()).isEqualTo("WB01");
			assertThat(e.gridCode()).isEqualTo("WB01-G01");
			assertThat(e.backEntry()).isTrue();
		});
		assertThat(incident.pullEvents()).as("events are pulled once").isEmpty();
	}

	@Test
	void theFirstDispatchSetsDispatchedAndItsTimeALaterOneKeepsThem() {
		Incident incident = received(Duration.ofMinutes(5));
		incident.dispatch(7, REPORTED.plusSeconds(60));
		incident.arrive(REPORTED.plusSeconds(200));
		incident.dispatch(8, REPORTED.plusSeconds(250));
		assertThat(incident.status()).isEqualTo(IncidentStatus.ON_SCENE);
		assertThat(incident.row().firstDispatchedAt()).isEqualTo(REPORTED.plusSeconds(60));
		List<Object> events = incident.pullEvents();
		assertThat(events).filteredOn(IncidentDispatched.class::isInstance)
			.extracting(e -> ((IncidentDispatched) e).first())
			.containsExactly(true, false);
	}

	@Test
	void progressFollowsTheLifeAndNothingElse() {
		Incident incident = received(Duration.ofMinutes(5));
		assertThatThrownBy(() -> incident.enRoute(REPORTED)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("NEW cannot become EN_ROUTE");
		assertThatThrownBy(() -> incident.arrive(REPORTED)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> incident.clear(REPORTED, null, null)).isInstanceOf(ConflictException.class);
		incident.dispatch(7, REPORTED.plusSeconds(30));
		incident.enRoute(REPORTED.plusSeconds(40));
		assertThatThrownBy(() -> incident.enRoute(REPORTED.plusSeconds(50))).isInstanceOf(ConflictException.class);
		incident.arrive(REPORTED.plusSeconds(100));
		incident.clear(REPORTED.plusSeconds(900), null, "处理完毕");
		assertThat(incident.status()).isEqualTo(IncidentStatus.CLEARED);
		assertThatThrownBy(() -> incident.dispatch(8, REPORTED.plusSeconds(1000))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("no unit can be sent");
		assertThat(Incident.canMove(IncidentStatus.DISPATCHED, ProgressStatus.ON_SCENE)).isTrue();
		assertThat(Incident.canMove(IncidentStatus.NEW, ProgressStatus.CLEARED)).isFalse();
	}

	@Test
	void theArrivalStandardIsJudgedOnArrival() {
		Incident late = received(Duration.ofMinutes(5));
		late.dispatch(7, REPORTED.plusSeconds(30));
		late.arrive(REPORTED.plusSeconds(301));
		assertThat(late.row().arrivalWithinStandard()).isFalse();
		assertThat(late.pullEvents()).filteredOn(IncidentArrived.class::isInstance)
			.singleElement()
			.satisfies(e -> assertThat(((IncidentArrived) e).withinStandard()).isFalse());

		Incident onTime = received(Duration.ofMinutes(5));
		onTime.dispatch(7, REPORTED.plusSeconds(30));
		onTime.arrive(REPORTED.plusSeconds(300));
		assertThat(onTime.row().arrivalWithinStandard()).isTrue();

		Incident none = received(null);
		none.dispatch(7, REPORTED.plusSeconds(30));
		none.arrive(REPORTED.plusSeconds(3000));
		assertThat(none.row().arrivalWithinStandard()).isNull();
		assertThat(Incident.arrivedWithin(REPORTED, REPORTED.plusSeconds(600), 600)).isTrue();
		assertThat(Incident.arrivedWithin(REPORTED, REPORTED.plusSeconds(601), 600)).isFalse();
	}

	@Test
	void clearingWithACaseOpenedAlsoRegistersCriminalCaseOpened() {
		Incident incident = received(Duration.ofMinutes(5));
		incident.dispatch(7, REPORTED.plusSeconds(30));
		incident.arrive(REPORTED.plusSeconds(100));
		assertThatThrownBy(() -> incident.clear(REPORTED.plusSeconds(900), Disposition.PERSON_FOUND, null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(incident.status()).as("a refused change changes nothing").isEqualTo(IncidentStatus.ON_SCENE);
		incident.pullEvents();
		incident.clear(REPORTED.plusSeconds(900), Disposition.CASE_OPENED, "立案");
		List<Object> events = incident.pullEvents();
		assertThat(events).hasSize(2);
		assertThat(events.get(0)).isInstanceOfSatisfying(IncidentCleared.class,
				e -> assertThat(e.disposition()).isEqualTo(Disposition.CASE_OPENED));
		assertThat(events.get(1)).isInstanceOfSatisfying(CriminalCaseOpened.class, e -> {
			assertThat(e.number()).isEqualTo("20250714-0001");
			assertThat(e.clearedAt()).isEqualTo(REPORTED.plusSeconds(900));
		});
		assertThat(incident.row().disposition()).isEqualTo(Disposition.CASE_OPENED);
	}

	@Test
	void aReclassificationSaysFromWhatToWhatAndRefusesNoChange() {
		Incident incident = received(Duration.ofMinutes(5));
		assertThatThrownBy(() -> incident.reclassify(THEFT, null, "同", REPORTED)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("already classified");
		IncidentReclassified change = incident.reclassify(LOST, 3, "实为遗失", REPORTED.plusSeconds(60));
		assertThat(change.fromCategory()).isEqualTo(IncidentCategory.CRIMINAL);
		assertThat(change.fromSubtype()).isEqualTo("THEFT");
		assertThat(change.toCategory()).isEqualTo(IncidentCategory.HELP);
		assertThat(change.toSubtype()).isEqualTo("LOST_PROPERTY");
		assertThat(change.fromPriority()).isEqualTo(2);
		assertThat(change.toPriority()).isEqualTo(3);
		assertThat(incident.category()).isEqualTo(IncidentCategory.HELP);
		assertThat(incident.pullEvents()).containsExactly(change);
	}

	@Test
	void onlyANewIncidentMergesIntoAnotherThatIsNotMerged() {
		Incident target = received(Duration.ofMinutes(5));
		Incident duplicate = received(Duration.ofMinutes(5));
		assertThatThrownBy(() -> duplicate.mergeInto(duplicate, REPORTED)).isInstanceOf(InvalidInputException.class);
		duplicate.mergeInto(target, REPORTED.plusSeconds(60));
		assertThat(duplicate.status()).isEqualTo(IncidentStatus.MERGED);
		assertThat(duplicate.row().mergedInto()).isEqualTo(target.id());
		assertThat(duplicate.pullEvents()).singleElement().isInstanceOfSatisfying(IncidentMerged.class,
				e -> assertThat(e.into()).isEqualTo(target.id()));
		assertThatThrownBy(() -> duplicate.reclassify(LOST, null, "x", REPORTED)).isInstanceOf(ConflictException.class);

		Incident third = received(Duration.ofMinutes(5));
		assertThatThrownBy(() -> third.mergeInto(duplicate, REPORTED)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("itself merged");
		third.dispatch(7, REPORTED.plusSeconds(10));
		assertThatThrownBy(() -> third.mergeInto(target, REPORTED)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("Only a NEW incident");
	}

	@Test
	void aDuplicateFlagIsDismissedOnce() {
		UUID other = UUID.randomUUID();
		Incident incident = Incident.receive(new Incident.Intake(UUID.randomUUID(), "20250714-0003",
				IncidentChannel.CALL_110, THEFT, 2, REPORTED, REPORTED, 35.3, 113.85, null, null, null, null, null, null,
				false, other, Duration.ofMinutes(10), false));
		assertThat(incident.dismissDuplicate()).isEqualTo(other);
		assertThat(incident.row().possibleDuplicateOf()).isNull();
		assertThat(incident.row().duplicateDismissed()).isTrue();
		assertThatThrownBy(incident::dismissDuplicate).isInstanceOf(ConflictException.class);
	}
}
