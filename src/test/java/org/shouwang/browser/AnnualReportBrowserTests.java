package org.shouwang.browser;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouwang.security.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst generates the 2025 summary on the report page (a progress bar while it is built), reads it, follows a
 * figure to the records behind it, and downloads the PDF and the XLSX.
 */
class AnnualReportBrowserTests extends BrowserSupport {

	@Test
	void generateReadFollowAFigureAndDownload() throws Exception {
		SignIn.browser(driver, url(""), "analyst");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".user-name")));
		driver.get(url("/performance/report?year=2025"));
		screenshot("report-empty");
		driver.findElement(By.id("report-generate")).click();
		WebDriverWait slow = new WebDriverWait(driver, Duration.ofSeconds(60));
		slow.until(ExpectedConditions.presenceOfElementLocated(By.id("report-text")));
		WebElement text = driver.findElement(By.id("report-text"));
		assertThat(text.getText()).contains("卫滨分局2025年工作绩效综述", "492名", "同比下降8.2%");
		screenshot("report-generated");

		String pdf = driver.findElement(By.id("report-pdf")).getAttribute("href");
		String xlsx = driver.findElement(By.id("report-xlsx")).getAttribute("href");
		assertThat(download(pdf)).containsEntry("type", "application/pdf").containsEntry("head", "%PDF-");
		assertThat(download(xlsx)).containsEntry("head", "PK\u0003\u0004");

		WebElement figure = text.findElement(By.linkText("492名"));
		figure.click();
		wait.until(ExpectedConditions.urlContains("/performance/records"));
		assertThat(driver.getCurrentUrl()).contains("code=MISSING_PERSONS_FOUND", "year=2025");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table")));
		screenshot("report-figure-records");
	}

	/** Fetches a download in the signed-in page: its content type and first five characters. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> download(String href) {
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async r => {
				  const bytes = new Uint8Array(await r.arrayBuffer());
				  done({status: r.status, type: r.headers.get('Content-Type'), size: bytes.length,
				        head: String.fromCharCode(...bytes.slice(0, 5)).substring(0, 5)});
				}).catch(e => done({error: String(e)}));""", href);
		Map<String, Object> map = (Map<String, Object>) result;
		assertThat(map.get("status")).as(href + " " + map).isEqualTo(200L);
		map.put("head", ((String) map.get("head")).substring(0, href.endsWith(".pdf") ? 5 : 4));
		return map;
	}
}
