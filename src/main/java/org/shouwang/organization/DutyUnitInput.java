package org.shouwang.organization;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What creates or changes a duty unit. {@code ownerCode} may be left empty: the home station then owns it.
 */
public record DutyUnitInput(
		@NotBlank(message = "{org.validation.required}") @Size(min = 2, max = 32, message = "{org.validation.size}")
		@Pattern(regexp = "[\\p{L}\\p{N}-]*", message = "{org.validation.callSign}") String callSign,
		@NotNull(message = "{org.validation.required}") DutyUnitKind kind,
		@NotBlank(message = "{org.validation.required}") @Size(max = 32, message = "{org.validation.size}") String stationCode,
		@Size(max = 32, message = "{org.validation.size}") String ownerCode,
		Set<Capability> capabilities) {

	public DutyUnitInput {
		ownerCode = ownerCode == null || ownerCode.isBlank() ? null : ownerCode.strip();
		capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
	}
}
