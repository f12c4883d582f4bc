package org.shouwang.command;

import jakarta.validation.constraints.NotNull;

/** Taking a unit out of service or back into it (the other statuses follow dispatch and progress). */
public record UnitStatusRequest(@NotNull UnitStatus status, String note) {
}
