package org.shouwang.security;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.net.ssl.SSLSession;

import org.springframework.test.web.servlet.MvcResult;

/** A MockMvc result seen as an {@link HttpResponse}, so tests can treat both alike. */
final class MockResponse implements HttpResponse<String> {

	private final MvcResult result;

	MockResponse(MvcResult result) {
		this.result = result;
	}

	@Override
	public int statusCode() {
		return result.getResponse().getStatus();
	}

	@Override
	public HttpRequest request() {
		return null;
	}

	@Override
	public Optional<HttpResponse<String>> previousResponse() {
		return Optional.empty();
	}

	@Override
	public HttpHeaders headers() {
		Map<String, List<String>> map = result.getResponse()
			.getHeaderNames()
			.stream()
			.collect(Collectors.toMap(n -> n, n -> result.getResponse().getHeaders(n)));
		return HttpHeaders.of(map, (a, b) -> true);
	}

	@Override
	public String body() {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public Optional<SSLSession> sslSession() {
		return Optional.empty();
	}

	@Override
	public URI uri() {
		return URI.create(result.getRequest().getRequestURI());
	}

	@Override
	public HttpClient.Version version() {
		return HttpClient.Version.HTTP_1_1;
	}
}
