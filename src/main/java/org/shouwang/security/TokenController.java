package org.shouwang.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shouwang.platform.Problems;
import org.shouwang.security.SecurityEvent.Channel;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth/token} exactly as API.md: 200 {token, expiresAt}, 401 bad credentials, 423 locked
 * (also for the right password), 429 rate limited. A user with TOTP adds {@code "totp": "123456"}; a user
 * who must change the password (or enrol TOTP) gets 403 until that is done in the web UI.
 */
@RestController
@RequestMapping("/api/v1/auth")
class TokenController {

	private final Authenticator authenticator;

	private final TokenService tokens;

	private final SignInSteps steps;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	TokenController(Authenticator authenticator, TokenService tokens, SignInSteps steps,
			ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.authenticator = authenticator;
		this.tokens = tokens;
		this.steps = steps;
		this.events = events;
		this.transaction = transaction;
	}

	/** The credentials; {@code totp} only for users who enrolled a second factor. */
	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
			@Size(max = 16) String totp) {
	}

	/** An issued token: send it as {@code Authorization: Bearer <token>} until {@code expiresAt}. */
	record TokenResponse(String token, OffsetDateTime expiresAt) {
	}

	/** Who the caller is: username, roles, permissions, data scope. */
	record Me(String username, String displayName, Set<Role> roles, Set<String> permissions, String scopeUnitCode,
			List<String> stationCodes, String officerBadge, SignedInUser.PendingStep pendingStep) {
	}

	@Operation(summary = "Issue a bearer token for a username and password")
	@PostMapping("/token")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
		String address = request.getRemoteAddr();
		Authenticator.Outcome outcome = authenticator.password(body.username(), body.password(), body.totp(), address,
				Channel.TOKEN);
		return switch (outcome.result()) {
			case OK -> issue(outcome.user(), address);
			case TOTP_REQUIRED -> problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
					"This account uses a second factor: send the current TOTP code as \"totp\".");
			case BAD_CREDENTIALS, BAD_TOTP -> problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
					"The username or password is wrong.");
			case DISABLED -> problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "The account is disabled.");
			case LOCKED -> problem(HttpStatus.LOCKED, "Locked",
					"The account is locked after repeated failed sign-ins. Try again later or ask an administrator.");
			case RATE_LIMITED -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", String.valueOf(Math.max(1, outcome.retryAfter().toSeconds())))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
						"Too many failed sign-ins. Wait before trying again."));
		};
	}

	@Operation(summary = "The signed-in caller: roles, permissions and data scope")
	@PreAuthorize("isAuthenticated()")
	@GetMapping("/me")
	Me me(@AuthenticationPrincipal SignedInUser user) {
		return new Me(user.username(), user.displayName(), user.roles(), user.permissions(), user.scopeUnitCode(),
				List.copyOf(user.scope().stationCodes()), user.officerBadge(), user.pendingStep());
	}

	private ResponseEntity<?> issue(UserRow user, String address) {
		if (user.mustChangePassword()) {
			return problem(HttpStatus.FORBIDDEN, "Forbidden",
					"The password must be changed first: sign in to the web UI.");
		}
		if (steps.enrolmentRequired(user)) {
			return problem(HttpStatus.FORBIDDEN, "Forbidden",
					"Administrators must enrol a TOTP second factor first: sign in to the web UI.");
		}
		TokenService.Issued issued = transaction.execute(status -> {
			TokenService.Issued t = tokens.issue(user.id());
			events.publishEvent(new SecurityEvent.TokenIssued(user.username(), address, t.expiresAt()));
			return t;
		});
		return ResponseEntity.ok(new TokenResponse(issued.token(), UserRow.time(issued.expiresAt())));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, title, detail));
	}
}
