package org.shouwang.workforce;

import java.time.LocalDate;
import java.util.UUID;

import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;

/**
 * A difficulty of an officer's family (housing, medical care, children's schooling …), raised at a visit or on its
 * own, and resolved once ({@link #resolve}).
 */
public record Difficulty(UUID id, UUID visitId, String unitCode, String stationCode, Kinds.DifficultyCategory category,
		String description, LocalDate raisedOn, Status status, LocalDate resolvedOn, String resolution, boolean demo,
		int version) {

	public enum Status {
		OPEN, RESOLVED;

		public String messageKey() {
			return "workforce.status." + name();
		}
	}

	/** The difficulty resolved on {@code on} (not before it was raised), with what was done. */
	public Difficulty resolve(LocalDate on, String resolution) {
		if (status == Status.RESOLVED) {
			throw new ConflictException("This difficulty was resolved on " + resolvedOn + ".");
		}
		if (on == null) {
			throw new InvalidInputException("resolvedOn", "is required");
		}
		if (on.isBefore(raisedOn)) {
			throw new InvalidInputException("resolvedOn", "must not be before the difficulty was raised (" + raisedOn + ")");
		}
		if (resolution == null || resolution.isBlank() || resolution.strip().length() > 300) {
			throw new InvalidInputException("resolution", "say in 1–300 characters what was done");
		}
		return new Difficulty(id, visitId, unitCode, stationCode, category, description, raisedOn, Status.RESOLVED, on,
				resolution.strip(), demo, version);
	}
}
