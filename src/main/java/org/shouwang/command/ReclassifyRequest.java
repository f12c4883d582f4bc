package org.shouwang.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change of an incident's category and subtype, with the reason (required) and optionally a new priority. */
public record ReclassifyRequest(@NotNull IncidentCategory category, @NotBlank @Size(max = 32) String subtype,
		@NotBlank @Size(max = 500) String reason, @Min(1) @Max(4) Integer priority) {
}
