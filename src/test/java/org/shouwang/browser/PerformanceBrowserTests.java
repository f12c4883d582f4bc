package org.shouwang.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.security.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance dashboard in a browser (analyst): the scorecard and the ECharts trend are drawn, a click on a
 * figure opens its records (each record a link to its own page), and the records download as XLSX.
 */
class PerformanceBrowserTests extends BrowserSupport {

	@Test
	void dashboardFigureToRecordsToXlsx() throws Exception {
		SignIn.browser(driver, url(""), "analyst");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/performance?year=2025"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scorecard-table")));
		screenshot("performance-dashboard-loading");
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
		assertThat(driver.findElement(By.cssSelector("nav.mainnav a.active")).getText()).isEqualTo("绩效看板");
		WebElement help = driver.findElement(By.cssSelector("#scorecard-table a.figure[data-code='PATIENT_ESCORTS']"));
		String shown = help.getText();
		screenshot("performance-dashboard");
		help.click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("records-table")));
		assertThat(driver.findElement(By.id("records-value")).getText()).isEqualTo(shown);
		long value = Long.parseLong(shown.replaceAll("\\D", ""));
		assertThat(driver.findElements(By.cssSelector("#records-table tbody tr"))).hasSize((int) value);
		assertThat(driver.findElement(By.cssSelector("#records-table tbody tr td a")).getAttribute("href"))
			.contains("/command/incidents/");
		screenshot("performance-records");

		byte[] xlsx = download(driver.findElement(By.id("records-xlsx")));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) value);
		}
	}

	/** Clicks a download link and returns the file Chromium saved (or, without CDP, fetches it with the session). */
	private byte[] download(WebElement link) throws Exception {
		Path dir = Files.createTempDirectory("shouwang-download");
		try {
			((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
		}
		catch (RuntimeException ex) {
			String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; "));
			HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create(link.getAttribute("href"))).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		link.click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
			try (var files = Files.list(dir)) {
				return files.anyMatch(f -> f.toString().endsWith(".xlsx"));
			}
			catch (Exception e) {
				return false;
			}
		});
		try (var files = Files.list(dir)) {
			Path file = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
			assertThat(file.getFileName().toString()).startsWith("shouwang-records-");
			return Files.readAllBytes(file);
		}
	}

}
