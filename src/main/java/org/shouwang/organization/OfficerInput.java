package org.shouwang.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What creates or changes an officer. No identity-card number, no home address: a work phone at most. */
public record OfficerInput(
		@NotBlank(message = "{org.validation.required}") @Pattern(regexp = "[0-9]{6}", message = "{org.validation.badge}") String badgeNumber,
		@NotBlank(message = "{org.validation.required}") @Size(min = 2, max = 32, message = "{org.validation.size}") String name,
		@NotNull(message = "{org.validation.required}") PoliceRank rank,
		@NotNull(message = "{org.validation.required}") OfficerRole role,
		@NotBlank(message = "{org.validation.required}") @Size(max = 32, message = "{org.validation.size}") String unitCode,
		@Pattern(regexp = "[0-9+ -]{3,20}", message = "{org.validation.phone}") String workPhone) {

	public OfficerInput {
		workPhone = workPhone == null || workPhone.isBlank() ? null : workPhone.strip();
	}
}
