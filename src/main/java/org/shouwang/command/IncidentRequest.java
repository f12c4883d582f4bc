package org.shouwang.command;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new incident as the intake takes it ({@code POST /api/v1/incidents}). {@code priority} defaults to
 * the subtype's, {@code reportedAt} to the time of intake; {@code backEntry} marks an incident taken on
 * paper and entered afterwards with its original time (then {@code reportedAt} is required).
 */
public record IncidentRequest(
		@NotNull IncidentChannel channel,
		@NotNull IncidentCategory category,
		@NotBlank @Size(max = 32) String subtype,
		@Min(1) @Max(4) Integer priority,
		OffsetDateTime reportedAt,
		@NotNull @Valid Point location,
		@Size(max = 32) @Pattern(regexp = "\\+?[0-9][0-9 \\-]{2,30}", message = "must be a phone number") String callerPhone,
		@Size(max = 2000) String summary,
		Boolean backEntry) {

	/** Where the incident is: WGS84 degrees and an optional address. */
	public record Point(
			@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
			@Size(max = 200) String address) {
	}

	public boolean isBackEntry() {
		return Boolean.TRUE.equals(backEntry);
	}
}
