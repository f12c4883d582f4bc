package org.shouwang.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What creates or changes a unit. The code is fixed once created (an update may repeat it or leave it out);
 * {@code parentCode} is empty only for the branch.
 */
public record OrgUnitInput(
		@NotBlank(message = "{org.validation.required}") @Size(max = 32, message = "{org.validation.size}")
		@Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{org.validation.code}") String code,
		@NotBlank(message = "{org.validation.required}") @Size(min = 2, max = 64, message = "{org.validation.size}") String name,
		@NotNull(message = "{org.validation.required}") OrgUnitKind kind,
		@Size(max = 32, message = "{org.validation.size}") String parentCode,
		@Min(value = 0, message = "{org.validation.min}") @Max(value = 9999, message = "{org.validation.max}") Integer sortOrder) {

	public OrgUnitInput {
		parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
	}

	/** The same input with another code (an update takes the code from the path). */
	public OrgUnitInput withCode(String newCode) {
		return new OrgUnitInput(newCode, name, kind, parentCode, sortOrder);
	}
}
