package org.shouwang.enterprise;

import java.time.LocalDate;
import java.util.UUID;

/** One follow-up of an issue: what was done, when, by whom. */
public record FollowUp(UUID id, UUID issueId, LocalDate on, String note, String actor) {
}
