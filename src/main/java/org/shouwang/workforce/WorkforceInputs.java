package org.shouwang.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** What the forms and the API give to record team-building work; checked by {@link Workforce}. */
public final class WorkforceInputs {

	private WorkforceInputs() {
	}

	public record StudySessionInput(String unitCode, Kinds.StudyKind kind, String topic, LocalDate heldOn,
			Integer attendance) {
	}

	public record CulturalEventInput(String unitCode, Kinds.EventKind kind, String title, LocalDate heldOn,
			Integer officerParticipants, Integer familyParticipants) {
	}

	public record WelfareVisitInput(String unitCode, Kinds.VisitOccasion occasion, LocalDate visitedOn,
			String officerBadge, String note) {
	}

	public record DifficultyInput(String unitCode, UUID visitId, Kinds.DifficultyCategory category, String description,
			LocalDate raisedOn) {
	}

	public record Resolution(LocalDate resolvedOn, String resolution) {
	}

	/** A year's counts within the caller's scope. */
	public record YearSummary(int year, long studySessions, long culturalEvents, long culturalParticipants,
			long welfareVisits, long difficultiesRaised, long difficultiesResolved) {
	}
}
