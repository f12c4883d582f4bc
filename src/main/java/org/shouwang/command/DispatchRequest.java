package org.shouwang.command;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

/** Sending a unit to an incident; {@code at} (default now) lets a back-entry record the original time. */
public record DispatchRequest(@NotNull Long unitId, OffsetDateTime at, String note) {
}
