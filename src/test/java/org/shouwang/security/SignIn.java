package org.shouwang.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Test helper: sign in as a (demo) user over HTTP — a bearer token for the API, a cookie session for the
 * UI — or in a Selenium browser. Demo accounts have the password {@value #DEMO_PASSWORD}.
 */
public final class SignIn {

	public static final String DEMO_PASSWORD = "Demo@Weibin2025";

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_ATTR = Pattern.compile("data-csrf-token=\"([^\"]+)\"");

	private SignIn() {
	}

	/** A bearer token for a demo account. */
	public static String token(int port, String username) {
		return token(port, username, DEMO_PASSWORD);
	}

	public static String token(int port, String username, String password) {
		HttpResponse<String> response = send(HttpClient.newHttpClient(),
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
					.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("No token for " + username + ": " + response.statusCode() + " " + response.body());
		}
		Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (!m.find()) {
			throw new IllegalStateException("No token in " + response.body());
		}
		return m.group(1);
	}

	/** A browser-like HTTP session signed in as a demo account (redirects are not followed). */
	public static Browser browser(int port, String username) {
		return browser(port, username, DEMO_PASSWORD);
	}

	public static Browser browser(int port, String username, String password) {
		Browser browser = anonymous(port);
		HttpResponse<String> login = browser.post("/login", Map.of("username", username, "password", password));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + login.statusCode() + " → " + location);
		}
		browser.refreshCsrf("/account/password");
		return browser;
	}

	/** A browser-like HTTP session that has only opened the sign-in page. */
	public static Browser anonymous(int port) {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		Browser browser = new Browser(client, port);
		browser.refreshCsrf("/login");
		return browser;
	}

	/** Signs a Selenium browser in through the form. */
	public static void browser(WebDriver driver, String baseUrl, String username) {
		driver.get(baseUrl + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
		driver.findElement(By.id("login-submit")).click();
	}

	/** A cookie session with its current CSRF token. */
	public static final class Browser {

		private final HttpClient client;

		private final int port;

		private String csrf;

		Browser(HttpClient client, int port) {
			this.client = client;
			this.port = port;
		}

		public HttpClient client() {
			return client;
		}

		public String csrf() {
			return csrf;
		}

		/** Reads the CSRF token from a page (a form's hidden field or the user corner's data attribute). */
		public void refreshCsrf(String path) {
			String body = get(path).body();
			Matcher m = CSRF_INPUT.matcher(body);
			Matcher a = CSRF_ATTR.matcher(body);
			if (m.find()) {
				csrf = m.group(1);
			}
			else if (a.find()) {
				csrf = a.group(1);
			}
		}

		public HttpResponse<String> get(String path) {
			return send(client, HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build());
		}

		/** A form POST with the CSRF token added. */
		public HttpResponse<String> post(String path, Map<String, String> form) {
			Map<String, String> fields = new LinkedHashMap<>(form);
			if (csrf != null) {
				fields.put("_csrf", csrf);
			}
			String body = fields.entrySet()
				.stream()
				.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
				.collect(Collectors.joining("&"));
			return send(client, HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		/** A request with any method and JSON body, the CSRF header included when {@code withCsrf}. */
		public HttpResponse<String> json(String method, String path, String json, boolean withCsrf) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Accept", "application/json")
				.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
			if (json != null) {
				request.header("Content-Type", "application/json");
			}
			if (withCsrf && csrf != null) {
				request.header("X-CSRF-TOKEN", csrf);
			}
			return send(client, request.build());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}
	}

	static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
