package org.shouwang.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The editable attributes of a user; all of them are replaced. */
public record UserChanges(@NotBlank @Size(max = 64) String displayName, @NotEmpty Set<@NotNull Role> roles,
		@NotBlank String scopeUnitCode, @Size(max = 32) String officerBadge) {
}
