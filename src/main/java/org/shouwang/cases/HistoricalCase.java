package org.shouwang.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case of an earlier period for {@link CaseHistory#importHistorical}: what it is and the date of every stage it
 * reached (null for stages it did not reach). The import replays the stages through the case's own lifecycle rules,
 * so an impossible history (solved before registered, decided and mediated) is refused.
 *
 * @param operation       index into the import's operations, or null
 * @param incidents       incidents the case came from (id and number), or empty
 * @param persons         suspects, victims, witnesses
 * @param apprehensions   apprehensions of the case's suspects (by index into {@code persons})
 * @param tasks           tasks about this case (the command centre's, for instance)
 */
public record HistoricalCase(Offence offence, CaseSource source, String title, String summary, String stationCode,
		String responsibleUnit, Long leadInvestigatorId, String leadInvestigatorName, boolean enterpriseRelated,
		Instant receivedAt, Instant registeredAt, Instant declinedAt, String declineReason, Instant investigatingAt,
		Instant solvedAt, Instant prosecutedAt, Instant withdrawnAt, String withdrawReason, Instant decidedAt,
		Penalty penalty, BigDecimal fineYuan, Integer detentionDays, Instant mediatedAt, Instant concludedAt,
		Integer operation, List<Incident> incidents, List<HistoricalPerson> persons,
		List<HistoricalApprehension> apprehensions, List<HistoricalProperty> property, List<HistoricalTask> tasks,
		boolean demo) {

	public HistoricalCase {
		incidents = incidents == null ? List.of() : List.copyOf(incidents);
		persons = persons == null ? List.of() : List.copyOf(persons);
		apprehensions = apprehensions == null ? List.of() : List.copyOf(apprehensions);
		property = property == null ? List.of() : List.copyOf(property);
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
	}

	/** An incident the case came from. */
	public record Incident(UUID id, String number, Instant linkedAt) {
	}

	public record HistoricalPerson(PersonRole role, String name, Sex sex, Integer birthYear, String idNumber) {
	}

	/** An apprehension of {@code persons.get(person)} (a suspect); {@code withdrawnAt} for online fugitives. */
	public record HistoricalApprehension(int person, Instant apprehendedAt, String place, String unitCode,
			boolean commandSupported, boolean onlineFugitive, Instant withdrawnAt) {
	}

	public record HistoricalProperty(String description, int quantity, BigDecimal valueYuan, Instant recoveredAt,
			boolean returned, Instant returnedAt) {
	}

	/** A task (done, or open) of a unit about the case. */
	public record HistoricalTask(String unitCode, String title, Instant createdAt, Instant dueAt, Instant doneAt) {
	}

	/** A synthesised operation of the import, referred to by index. */
	public record HistoricalOperation(String name, String leadUnit, List<String> units, Instant startedAt,
			Instant closedAt, String summary, boolean demo) {

		public HistoricalOperation {
			units = units == null ? List.of() : List.copyOf(units);
		}
	}
}
