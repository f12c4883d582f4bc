package org.shouwang.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One stage or change in a case's timeline. */
public record CaseTimelineEntry(String type, OffsetDateTime at, String actor, String note) {
}
