package org.shouwang.security;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shouwang.platform.Page;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User accounts over the API ({@code user:read} / {@code user:write}), limited to the caller's data scope. */
@RestController
@RequestMapping("/api/v1/users")
@Validated
class UserApiController {

	private final Users users;

	UserApiController(Users users) {
		this.users = users;
	}

	/** A new password set by an administrator; the user must change it at the next sign-in. */
	record PasswordReset(@NotBlank @Size(max = 128) String newPassword) {
	}

	@Operation(summary = "Users in the caller's scope, paged and filtered")
	@PreAuthorize("hasAuthority('user:read')")
	@GetMapping
	Page<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String scope, @RequestParam(required = false) Boolean enabled,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return users.find(new UserFilter(q, role, scope, enabled), page, size);
	}

	@Operation(summary = "One user")
	@PreAuthorize("hasAuthority('user:read')")
	@GetMapping("/{username}")
	UserView get(@PathVariable String username) {
		return users.get(username);
	}

	@Operation(summary = "Create a user (the initial password must be changed at the first sign-in)")
	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping
	ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(users.create(user));
	}

	@Operation(summary = "Change display name, roles, scope and badge")
	@PreAuthorize("hasAuthority('user:write')")
	@PutMapping("/{username}")
	UserView update(@PathVariable String username, @Valid @RequestBody UserChanges changes) {
		return users.update(username, changes);
	}

	@Operation(summary = "Disable: sessions end and tokens are revoked at once")
	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping("/{username}/disable")
	UserView disable(@PathVariable String username) {
		return users.disable(username);
	}

	@Operation(summary = "Enable again")
	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping("/{username}/enable")
	UserView enable(@PathVariable String username) {
		return users.enable(username);
	}

	@Operation(summary = "Lift a lockout")
	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping("/{username}/unlock")
	UserView unlock(@PathVariable String username) {
		return users.unlock(username);
	}

	@Operation(summary = "Set a new password that must be changed at the next sign-in")
	@PreAuthorize("hasAuthority('user:write')")
	@PostMapping("/{username}/reset-password")
	UserView resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset body) {
		return users.resetPassword(username, body.newPassword());
	}
}
