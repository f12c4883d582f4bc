package org.shouwang.geography;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.ShouwangTest;
import org.shouwang.security.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map page renders its shell, legend and counts, and the import form reports a rejected file (signed in as
 * the demo admin).
 */
@ShouwangTest
class MapPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Grids grids;

	private SignIn.Browser browser;

	private HttpClient http;

	/** A signed-in session; this client shares its cookies and follows redirects. */
	@BeforeEach
	void signIn() {
		browser = SignIn.browser(port, "admin");
		http = HttpClient.newBuilder()
			.cookieHandler(browser.client().cookieHandler().orElseThrow())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	@Test
	void mapPageHasTheCanvasLegendAndCounts() throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/map"))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"map\"", "class=\"map-page\"", "class=\"map-side\"", "map-canvas")
			.contains("/dist/leaflet.js", "data-api=\"/api/v1\"")
			.contains(">162<", "南桥派出所", "平原镇派出所", "重点人员密集场所", "银行网点")
			.contains("action=\"/map/import\"")
			.doesNotContain("data-tile-url=\"http");
	}

	@Test
	void theImportFormIsOfferedOnlyToThoseWhoMayImport() {
		HttpResponse<String> page = SignIn.browser(port, "analyst").get("/map");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(">162<").doesNotContain("action=\"/map/import\"");
	}

	@Test
	void aRejectedUploadShowsTheValidationReport() throws Exception {
		String boundary = "----map" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + browser.csrf() + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"target\"\r\n\r\ngrids\r\n" + "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad.geojson\"\r\nContent-Type: application/geo+json\r\n\r\n"
				+ "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"code\": \"Z-1\", \"name\": \"z\", \"stationCode\": \"WB01\"}, \"geometry\": null}]}"
				+ "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/map/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).startsWith("/map");
		assertThat(page.body()).contains("文件被拒绝", "features[0].geometry", "Z-1: geometry is missing");
		assertThat(grids.list()).hasSize(162);
	}
}
