package org.shouwang.enterprise;

import java.time.LocalDate;
import java.util.UUID;

/** A liaison meeting (警企座谈) or visit (走访) with an enterprise. */
public record Liaison(UUID id, UUID enterpriseId, Kind kind, LocalDate heldOn, String summary, boolean demo) {

	public enum Kind {
		MEETING, VISIT;

		public String messageKey() {
			return "enterprise.liaison." + name();
		}
	}
}
