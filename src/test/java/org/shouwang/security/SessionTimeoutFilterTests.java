package org.shouwang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.shouwang.platform.ProblemWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The idle and absolute session timeouts, with short settings and a fixed clock (no shared context touched). */
class SessionTimeoutFilterTests {

	private static final Duration IDLE = Duration.ofMinutes(30);

	private static final Duration ABSOLUTE = Duration.ofHours(12);

	private final MockHttpSession session = signedInSession();

	private final Instant created = Instant.ofEpochMilli(session.getCreationTime());

	@Test
	void anActiveSessionGoesThroughAndIsMarkedSeen() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = run(created.plus(Duration.ofMinutes(5)), "/", chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(session.getAttribute(SecurityFilters.SessionTimeoutFilter.LAST_SEEN))
			.isEqualTo(created.plus(Duration.ofMinutes(5)).toEpochMilli());
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void anIdleSessionEndsAndTheBrowserGoesToTheSignInPage() throws Exception {
		run(created.plus(Duration.ofMinutes(10)), "/", new MockFilterChain());
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = run(created.plus(Duration.ofMinutes(10)).plus(IDLE).plusSeconds(1), "/", chain);
		assertThat(chain.getRequest()).as("the request does not go on").isNull();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void justUnderTheIdleTimeoutIsStillFine() throws Exception {
		run(created.plus(Duration.ofMinutes(10)), "/", new MockFilterChain());
		MockFilterChain chain = new MockFilterChain();
		run(created.plus(Duration.ofMinutes(10)).plus(IDLE).minusSeconds(1), "/", chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void aBusySessionStillEndsAtTheAbsoluteTimeout() throws Exception {
		Instant t = created;
		while (t.isBefore(created.plus(ABSOLUTE))) {
			MockFilterChain chain = new MockFilterChain();
			run(t, "/", chain);
			assertThat(chain.getRequest()).as("active at %s", t).isNotNull();
			t = t.plus(Duration.ofMinutes(20));
		}
		MockHttpServletResponse response = run(created.plus(ABSOLUTE).plusSeconds(1), "/api/v1/users", new MockFilterChain());
		assertThat(response.getStatus()).as("an API call gets 401").isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(session.isInvalid()).isTrue();
	}

	private MockHttpServletResponse run(Instant now, String path, MockFilterChain chain) throws Exception {
		SecurityFilters.SessionTimeoutFilter filter = new SecurityFilters.SessionTimeoutFilter(IDLE, ABSOLUTE,
				Clock.fixed(now, ZoneOffset.UTC), new ProblemWriter(JsonMapper.builder().build()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	private static MockHttpSession signedInSession() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl());
		return session;
	}
}
