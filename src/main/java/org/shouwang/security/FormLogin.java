package org.shouwang.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.security.SecurityEvent.Channel;
import org.shouwang.security.SignedInUser.PendingStep;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in form at /login: checks the password through {@link Authenticator} and routes to the next step. */
final class FormLogin {

	private FormLogin() {
	}

	/** Too many failed sign-ins from this address or for this username. */
	static final class RateLimitedException extends AuthenticationException {

		RateLimitedException() {
			super("Too many failed sign-ins");
		}
	}

	/** Checks username and password; a TOTP user gets a session that can only open the code page. */
	static final class Provider implements AuthenticationProvider {

		private final Authenticator authenticator;

		private final SignInSteps steps;

		Provider(Authenticator authenticator, SignInSteps steps) {
			this.authenticator = authenticator;
			this.steps = steps;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			String address = authentication.getDetails() instanceof WebAuthenticationDetails details
					? details.getRemoteAddress() : "unknown";
			String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
			Authenticator.Outcome outcome = authenticator.password(authentication.getName(), password, null, address,
					Channel.FORM);
			return switch (outcome.result()) {
				case OK -> token(outcome.user().principal(steps.after(outcome.user())), authentication);
				case TOTP_REQUIRED -> token(outcome.user().principal(PendingStep.TOTP), authentication);
				case LOCKED -> throw new LockedException("locked");
				case DISABLED -> throw new DisabledException("disabled");
				case RATE_LIMITED -> throw new RateLimitedException();
				case BAD_CREDENTIALS, BAD_TOTP -> throw new BadCredentialsException("bad credentials");
			};
		}

		private static Authentication token(SignedInUser user, Authentication request) {
			UsernamePasswordAuthenticationToken token = SignInSteps.authentication(user);
			token.setDetails(request.getDetails());
			return token;
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
		}
	}

	/** After the password: the idle timeout on the session, then the next step or the page first asked for. */
	static final class SuccessHandler implements AuthenticationSuccessHandler {

		private final SecurityProperties properties;

		private final SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();

		SuccessHandler(SecurityProperties properties) {
			this.properties = properties;
			saved.setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, jakarta.servlet.ServletException {
			request.getSession().setMaxInactiveInterval((int) properties.idleTimeout().toSeconds());
			SignedInUser user = (SignedInUser) authentication.getPrincipal();
			if (user.complete()) {
				saved.onAuthenticationSuccess(request, response, authentication);
			}
			else {
				response.sendRedirect(request.getContextPath() + SignInSteps.path(user.pendingStep()));
			}
		}
	}

	/** Back to the form with the reason: bad credentials, locked, disabled or rate limited. */
	static final class FailureHandler implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String reason = "bad";
			if (exception instanceof LockedException) {
				reason = "locked";
			}
			else if (exception instanceof DisabledException) {
				reason = "disabled";
			}
			else if (exception instanceof RateLimitedException) {
				reason = "rate";
			}
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		}
	}
}
