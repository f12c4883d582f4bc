package org.shouwang.command;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A progress report: the incident's units are en route, on scene, or it is cleared (with a disposition);
 * {@code at} defaults to now.
 */
public record ProgressRequest(@NotNull ProgressStatus status, OffsetDateTime at, @Size(max = 2000) String note,
		Disposition disposition) {
}
