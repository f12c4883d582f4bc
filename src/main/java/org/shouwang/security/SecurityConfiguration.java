package org.shouwang.security;


import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.platform.NavigationItem;
import org.shouwang.platform.ProblemWriter;
import org.shouwang.platform.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. {@code /api/**}: bearer tokens (or the browser's session for the map page's fetches),
 * 401/403 as problem details, no redirects; CSRF applies only to requests that ride on a session cookie
 * (a bearer token is never sent by the browser on its own). Everything else: the UI with form login,
 * session (in PostgreSQL via Spring Session), CSRF tokens in every form, redirects to /login.
 * Permissions are checked on the handler methods ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * API endpoints called by machines that authenticate each request themselves (a per-source HMAC
	 * signature), not by a user's token: video analytics alerts, anti-fraud early-warning orders.
	 */
	static final String[] SIGNED_MACHINE_PATHS = { "/api/v1/video/alerts/*", "/api/v1/antifraud/intake/*" };

	static final String[] PUBLIC_PATHS = { "/login", "/error", "/css/**", "/img/**", "/webjars/**", "/favicon.ico",
			"/actuator/health", "/actuator/health/**" };

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, TokenService tokens, ProblemWriter problems,
			SecurityProperties properties, ApplicationEventPublisher events) throws Exception {
		AuthenticationEntryPoint entryPoint = apiEntryPoint(problems);
		RequestMatcher viaBearerOrWithoutSession = request -> SecurityFilters.BearerTokenFilter.bearer(request).isPresent()
				|| request.getSession(false) == null;
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/auth/token")
				.permitAll()
				.requestMatchers(HttpMethod.POST, SIGNED_MACHINE_PATHS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(viaBearerOrWithoutSession))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(apiAccessDenied(entryPoint, problems, events)))
			.addFilterBefore(new SecurityFilters.SessionTimeoutFilter(properties.idleTimeout(),
					properties.absoluteTimeout(), Clock.systemUTC(), problems), SecurityContextHolderFilter.class)
			.addFilterBefore(new SecurityFilters.BearerTokenFilter(tokens, entryPoint), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain uiChain(HttpSecurity http, FormLogin.Provider provider, SecurityProperties properties,
			ProblemWriter problems, ApplicationEventPublisher events) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
			.authenticationProvider(provider)
			.formLogin(form -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.successHandler(new FormLogin.SuccessHandler(properties))
				.failureHandler(new FormLogin.FailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
						events.publishEvent(new SecurityEvent.SignedOut(user.username(), request.getRemoteAddr()));
					}
				}))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
				.accessDeniedHandler(uiAccessDenied(events)))
			.addFilterBefore(new SecurityFilters.SessionTimeoutFilter(properties.idleTimeout(),
					properties.absoluteTimeout(), Clock.systemUTC(), problems), SecurityContextHolderFilter.class)
			.addFilterAfter(new SecurityFilters.SignInGateFilter(), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	FormLogin.Provider formLoginProvider(Authenticator authenticator, SignInSteps steps) {
		return new FormLogin.Provider(authenticator, steps);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	LoginRateLimiter loginRateLimiter(SecurityProperties properties) {
		SecurityProperties.RateLimit limit = properties.rateLimit();
		return new LoginRateLimiter(limit.perAddress(), limit.perUsername(), limit.window(), Clock.systemUTC());
	}

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("nav.users", "/admin/users", 85, Permissions.USER_READ);
	}

	@Bean
	RateLimiterPurge rateLimiterPurge(LoginRateLimiter limiter) {
		return new RateLimiterPurge(limiter);
	}

	/** Keeps the in-memory rate-limit windows small. */
	record RateLimiterPurge(LoginRateLimiter limiter) {

		@Scheduled(fixedDelay = 60_000)
		void purge() {
			limiter.purge();
		}
	}

	static AuthenticationEntryPoint apiEntryPoint(ProblemWriter problems) {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
					"Authentication is required: send Authorization: Bearer <token> (POST /api/v1/auth/token)."));
		};
	}

	static boolean anonymous(Authentication authentication) {
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

	/** 403 problem for a signed-in caller; a CSRF refusal of an anonymous caller is a 401. */
	static AccessDeniedHandler apiAccessDenied(AuthenticationEntryPoint entryPoint, ProblemWriter problems,
			ApplicationEventPublisher events) {
		return (request, response, denied) -> {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (anonymous(auth)) {
				entryPoint.commence(request, response, new org.springframework.security.authentication.InsufficientAuthenticationException("anonymous"));
				return;
			}
			publishDenied(events, auth, request);
			problems.write(response, forbidden());
		};
	}

	/** The 403 page for a signed-in user; an anonymous one (e.g. an expired session's form) goes to /login. */
	static AccessDeniedHandler uiAccessDenied(ApplicationEventPublisher events) {
		return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) -> {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (anonymous(auth)) {
				response.sendRedirect(request.getContextPath() + "/login");
				return;
			}
			publishDenied(events, auth, request);
			request.setAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403, denied);
			response.sendError(HttpStatus.FORBIDDEN.value());
		};
	}

	static void publishDenied(ApplicationEventPublisher events, Authentication auth, HttpServletRequest request) {
		events.publishEvent(new SecurityEvent.AccessDenied(auth.getName(), request.getRemoteAddr(), request.getMethod(),
				request.getRequestURI()));
	}

	static org.springframework.http.ProblemDetail forbidden() {
		return Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "You do not have the permission for this.");
	}

}
