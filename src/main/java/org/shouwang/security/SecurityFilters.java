package org.shouwang.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.shouwang.platform.ProblemWriter;
import org.shouwang.platform.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/** The servlet filters of the security chains (built by {@link SecurityConfiguration}, not registered on their own). */
final class SecurityFilters {

	private SecurityFilters() {
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** {@code Authorization: Bearer <token>}: a valid token signs the request in; an invalid one is a 401. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final TokenService tokens;

		private final AuthenticationEntryPoint entryPoint;

		BearerTokenFilter(TokenService tokens, AuthenticationEntryPoint entryPoint) {
			this.tokens = tokens;
			this.entryPoint = entryPoint;
		}

		static Optional<String> bearer(HttpServletRequest request) {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				return Optional.of(header.substring(7).strip());
			}
			return Optional.empty();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Optional<String> token = bearer(request);
			if (token.isEmpty()) {
				chain.doFilter(request, response);
				return;
			}
			Optional<SignedInUser> user = tokens.resolve(token.get());
			if (user.isEmpty()) {
				SecurityContextHolder.clearContext();
				entryPoint.commence(request, response,
						new InsufficientAuthenticationException("The token is invalid, expired or revoked."));
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(SignInSteps.authentication(user.get()));
			SecurityContextHolder.setContext(context);
			chain.doFilter(request, response);
		}
	}

	/**
	 * Ends a signed-in session that has been idle too long (no request for {@code idle-timeout}) or that is
	 * older than {@code absolute-timeout}, whatever its activity: the browser goes back to the sign-in page
	 * with a message, an API call gets 401. The database session store also drops idle sessions on its own.
	 */
	static final class SessionTimeoutFilter extends OncePerRequestFilter {

		static final String LAST_SEEN = "shouwang.lastSeen";

		private static final Set<String> STATIC = Set.of("/css/", "/img/", "/webjars/", "/favicon");

		private final Duration idle;

		private final Duration absolute;

		private final Clock clock;

		private final ProblemWriter problems;

		SessionTimeoutFilter(Duration idle, Duration absolute, Clock clock, ProblemWriter problems) {
			this.idle = idle;
			this.absolute = absolute;
			this.clock = clock;
			this.problems = problems;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return STATIC.stream().anyMatch(path::startsWith);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpSession session = request.getSession(false);
			if (session == null) {
				chain.doFilter(request, response);
				return;
			}
			Instant now = clock.instant();
			if (expired(session, now)) {
				boolean signedIn = session.getAttribute(
						HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
				session.invalidate();
				SecurityContextHolder.clearContext();
				if (signedIn) {
					if (isApi(request)) {
						response.setHeader("WWW-Authenticate", "Bearer");
						problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
								"The session has expired. Sign in again."));
					}
					else {
						response.sendRedirect(request.getContextPath() + "/login?expired");
					}
					return;
				}
				chain.doFilter(request, response);
				return;
			}
			Object seen = session.getAttribute(LAST_SEEN);
			// Written at most every 15 s, so most requests do not rewrite the session row.
			if (!(seen instanceof Long last) || now.toEpochMilli() - last > 15_000) {
				session.setAttribute(LAST_SEEN, now.toEpochMilli());
			}
			chain.doFilter(request, response);
		}

		boolean expired(HttpSession session, Instant now) {
			if (now.toEpochMilli() - session.getCreationTime() > absolute.toMillis()) {
				return true;
			}
			return session.getAttribute(LAST_SEEN) instanceof Long last && now.toEpochMilli() - last > idle.toMillis();
		}
	}

	/**
	 * Keeps a half-signed-in session on its step's page (TOTP code, password change, TOTP enrolment): every other
	 * page redirects there. Static assets, the error page and sign-out stay reachable.
	 */
	static final class SignInGateFilter extends OncePerRequestFilter {

		private static final Set<String> ALWAYS = Set.of("/logout", "/error");

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Optional<SignedInUser> user = SignedInUser.current();
			if (user.isEmpty() || user.get().complete()) {
				chain.doFilter(request, response);
				return;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String stepPath = SignInSteps.path(user.get().pendingStep());
			if (path.equals(stepPath) || ALWAYS.contains(path) || path.startsWith("/css/") || path.startsWith("/img/")
					|| path.startsWith("/webjars/")) {
				chain.doFilter(request, response);
				return;
			}
			response.sendRedirect(request.getContextPath() + stepPath);
		}
	}
}
