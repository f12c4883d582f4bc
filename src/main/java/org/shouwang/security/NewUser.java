package org.shouwang.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user to create. The initial password must be changed at the first sign-in.
 *
 * @param username        3–32 characters of {@code a-z 0-9 . _ -}
 * @param displayName     the name shown in the UI
 * @param roles           one or more roles
 * @param scopeUnitCode   {@code WB}, a branch-wide unit ({@code WB-ZHZX}) or a station ({@code WB01})
 * @param officerBadge    badge number of the officer, if the user is one
 * @param initialPassword the first password
 */
public record NewUser(
		@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,32}", message = "3–32 characters of a-z 0-9 . _ -") String username,
		@NotBlank @Size(max = 64) String displayName, @NotEmpty Set<@NotNull Role> roles,
		@NotBlank String scopeUnitCode, @Size(max = 32) String officerBadge,
		@NotBlank @Size(max = 128) String initialPassword) {
}
